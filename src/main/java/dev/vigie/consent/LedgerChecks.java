package dev.vigie.consent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of imported rows against each other and against what the ledger already holds: duplicates, unknown
 * contacts, consents that overlap. Each row's own fields were checked when it was read.
 */
public final class LedgerChecks {

    private LedgerChecks() {
    }

    /**
     * @param existingIds    the contact ids the ledger holds
     * @param existingPhones the phone numbers the ledger holds, with the id of the contact that has each
     */
    public static List<ImportError> contacts(String file, List<ImportRow<Contact>> rows, Set<String> existingIds,
                                             Map<String, String> existingPhones) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, Long> idLines = new HashMap<>();
        Map<String, Long> phoneLines = new HashMap<>();
        for (ImportRow<Contact> row : rows) {
            Contact c = row.value();
            if (existingIds.contains(c.id())) {
                errors.add(ImportError.at(file, row.line(), "error.import.idTaken", c.id()));
            } else if (idLines.containsKey(c.id())) {
                errors.add(ImportError.at(file, row.line(), "error.import.duplicateId", c.id(), idLines.get(c.id())));
            }
            idLines.putIfAbsent(c.id(), row.line());
            if (existingPhones.containsKey(c.phone())) {
                errors.add(ImportError.at(file, row.line(), "error.import.phoneTaken", c.phone(),
                        existingPhones.get(c.phone())));
            } else if (phoneLines.containsKey(c.phone())) {
                errors.add(ImportError.at(file, row.line(), "error.import.duplicatePhone", c.phone(),
                        phoneLines.get(c.phone())));
            }
            phoneLines.putIfAbsent(c.phone(), row.line());
        }
        return errors;
    }

    /**
     * @param contactIds the contact ids the ledger holds
     * @param existing   the consents the ledger holds
     */
    public static List<ImportError> consents(String file, List<ImportRow<ConsentRecord>> rows, Set<String> contactIds,
                                             List<ConsentRecord> existing) {
        List<ImportError> errors = new ArrayList<>();
        // Only the same contact's consents for the same purpose can overlap: indexed so, the checks stay linear.
        Map<String, List<ConsentRecord>> inLedger = new HashMap<>();
        for (ConsentRecord c : existing) {
            inLedger.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<ImportRow<ConsentRecord>>> seen = new HashMap<>();
        for (ImportRow<ConsentRecord> row : rows) {
            ConsentRecord c = row.value();
            if (!contactIds.contains(c.contactId())) {
                errors.add(ImportError.at(file, row.line(), "error.import.unknownContact", c.contactId()));
                continue;
            }
            inLedger.getOrDefault(key(c), List.of()).stream().filter(c::overlaps).findFirst()
                    .ifPresent(other -> errors.add(ImportError.at(file, row.line(), "error.import.consentInLedger",
                            c.contactId(), c.purpose().id(), other.grantedAt())));
            List<ImportRow<ConsentRecord>> same = seen.computeIfAbsent(key(c), k -> new ArrayList<>());
            same.stream().filter(other -> c.overlaps(other.value())).findFirst().ifPresent(other -> errors.add(
                    ImportError.at(file, row.line(), "error.import.consentOverlap", c.contactId(), c.purpose().id(),
                            other.line())));
            same.add(row);
        }
        return errors;
    }

    private static String key(ConsentRecord c) {
        return c.contactId() + '\n' + c.purpose().id();
    }

    /**
     * @param contactIds the contact ids the ledger holds
     * @param existing   the erasure requests the ledger holds
     */
    public static List<ImportError> erasures(String file, List<ImportRow<ErasureRequest>> rows, Set<String> contactIds,
                                             List<ErasureRequest> existing) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        Set<String> inLedgerKeys = new HashSet<>();
        for (ErasureRequest x : existing) {
            inLedgerKeys.add(x.contactId() + '\n' + x.receivedAt());
        }
        for (ImportRow<ErasureRequest> row : rows) {
            ErasureRequest e = row.value();
            if (!contactIds.contains(e.contactId())) {
                errors.add(ImportError.at(file, row.line(), "error.import.unknownContact", e.contactId()));
                continue;
            }
            String key = e.contactId() + '\n' + e.receivedAt();
            boolean inLedger = inLedgerKeys.contains(key);
            if (inLedger) {
                errors.add(ImportError.at(file, row.line(), "error.import.erasureInLedger", e.contactId(),
                        e.receivedAt()));
            } else if (lines.containsKey(key)) {
                errors.add(ImportError.at(file, row.line(), "error.import.duplicateErasure", e.contactId(),
                        lines.get(key)));
            }
            lines.putIfAbsent(key, row.line());
        }
        return errors;
    }
}
