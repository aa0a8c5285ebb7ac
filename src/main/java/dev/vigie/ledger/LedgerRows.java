package dev.vigie.ledger;

import dev.vigie.backup.IsoTime;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ContactIds;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.ImportError;
import dev.vigie.consent.ImportRow;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads each raw row's values into the core's records, collecting every problem with its line. */
final class LedgerRows {

    private LedgerRows() {
    }

    /** The columns a file of this kind must have, and every row must fill. */
    static List<String> required(LedgerKind kind) {
        return switch (kind) {
            case CONTACTS -> List.of("name", "phone");
            case CONSENTS -> List.of("contact_id", "purpose", "granted_at", "method");
            case ERASURES -> List.of("contact_id", "received_at");
        };
    }

    static ParsedRows<Contact> contacts(RawFile file, String label, Optional<String> region) {
        List<ImportRow<Contact>> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>(file.errors());
        for (RawRow raw : file.rows()) {
            Row row = new Row(raw, label, errors);
            String id = row.optional("id").orElseGet(ContactIds::generate);
            if (!ContactIds.isValid(id)) {
                row.error("error.import.badId", id);
            }
            Optional<String> name = row.required("name");
            Optional<String> phone = row.required("phone").flatMap(p -> row.phone(p, region));
            if (row.sound() && name.isPresent() && phone.isPresent()) {
                rows.add(new ImportRow<>(raw.line(), new Contact(id, name.get(), phone.get(),
                        row.optional("conversation"), Optional.empty())));
            }
        }
        return new ParsedRows<>(rows, errors);
    }

    static ParsedRows<ConsentRecord> consents(RawFile file, String label, ZoneId zone) {
        List<ImportRow<ConsentRecord>> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>(file.errors());
        for (RawRow raw : file.rows()) {
            Row row = new Row(raw, label, errors);
            Optional<String> contact = row.required("contact_id");
            Optional<Purpose> purpose = row.required("purpose").flatMap(p -> {
                Optional<Purpose> known = Purpose.fromId(p);
                if (known.isEmpty()) {
                    row.error("error.import.purpose", p);
                }
                return known;
            });
            Optional<Instant> granted = row.required("granted_at").flatMap(t -> row.time("granted_at", t, zone));
            Optional<ConsentMethod> method = row.required("method").flatMap(m -> {
                Optional<ConsentMethod> known = ConsentMethod.fromId(m);
                if (known.isEmpty()) {
                    row.error("error.import.method", m);
                }
                return known;
            });
            Optional<Instant> withdrawn = row.optional("withdrawn_at").flatMap(t -> row.time("withdrawn_at", t, zone));
            if (granted.isPresent() && withdrawn.isPresent() && withdrawn.get().isBefore(granted.get())) {
                row.error("error.import.withdrawnBeforeGranted", withdrawn.get(), granted.get());
            }
            if (row.sound() && contact.isPresent() && purpose.isPresent() && granted.isPresent()
                    && method.isPresent()) {
                rows.add(new ImportRow<>(raw.line(), new ConsentRecord(contact.get(), purpose.get(), granted.get(),
                        method.get(), row.optional("evidence"), withdrawn)));
            }
        }
        return new ParsedRows<>(rows, errors);
    }

    static ParsedRows<ErasureRequest> erasures(RawFile file, String label, ZoneId zone) {
        List<ImportRow<ErasureRequest>> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>(file.errors());
        for (RawRow raw : file.rows()) {
            Row row = new Row(raw, label, errors);
            Optional<String> contact = row.required("contact_id");
            Optional<Instant> received = row.required("received_at").flatMap(t -> row.time("received_at", t, zone));
            Optional<Instant> completed = row.optional("completed_at")
                    .flatMap(t -> row.time("completed_at", t, zone));
            if (received.isPresent() && completed.isPresent() && completed.get().isBefore(received.get())) {
                row.error("error.import.completedBeforeReceived", completed.get(), received.get());
            }
            if (row.sound() && contact.isPresent() && received.isPresent()) {
                rows.add(new ImportRow<>(raw.line(), ErasureRequest.received(contact.get(), received.get(), zone,
                        completed, row.optional("scope"))));
            }
        }
        return new ParsedRows<>(rows, errors);
    }

    /** One row being read: its values, and the errors found so far in it. */
    private static final class Row {

        private final RawRow raw;
        private final String label;
        private final List<ImportError> errors;
        private final int errorsBefore;

        Row(RawRow raw, String label, List<ImportError> errors) {
            this.raw = raw;
            this.label = label;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        Optional<String> optional(String column) {
            return raw.cell(column);
        }

        Optional<String> required(String column) {
            Optional<String> value = raw.cell(column);
            if (value.isEmpty()) {
                error("error.import.missing", column);
            }
            return value;
        }

        Optional<Instant> time(String column, String text, ZoneId zone) {
            Optional<Instant> time = IsoTime.read(text, zone);
            if (time.isPresent() && !IsoTime.inRange(time.get())) {
                error("error.import.timeRange", column, text);
                return Optional.empty();
            }
            if (time.isEmpty()) {
                error("error.import.time", column, text);
            }
            return time;
        }

        Optional<String> phone(String text, Optional<String> region) {
            try {
                return Optional.of(PhoneNumbers.normalise(text, region));
            } catch (PhoneNumbers.PhoneProblem problem) {
                error("error.import.phone." + problem.problem().id(), text);
                return Optional.empty();
            }
        }

        void error(String key, Object... args) {
            errors.add(ImportError.at(label, raw.line(), key, args));
        }

        boolean sound() {
            return errors.size() == errorsBefore;
        }
    }
}
