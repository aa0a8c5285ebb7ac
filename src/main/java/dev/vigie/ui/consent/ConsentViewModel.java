package dev.vigie.ui.consent;

import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentState;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.shell.StatusModel;
import dev.vigie.workspace.ContactDetails;
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.ContactOverview;
import dev.vigie.workspace.ImportResult;
import dev.vigie.workspace.Ledger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

/**
 * The state of the Consent view and its actions, without the view: the contacts with their consent per purpose, a
 * filter, the selected contact's history, the erasure deadlines. Every ledger call runs on the background pool and
 * lands back on the FX thread. Outlives the view, so a change of language keeps the filter and the selection.
 */
public final class ConsentViewModel {

    /** Contacts whose consent for {@code purpose} is in {@code state}. */
    public record StatusFilter(Purpose purpose, ConsentState state) {
    }

    /** An action that failed: what the user was doing (a message key and its values), and why it failed. */
    public record Failure(String whatKey, Object[] whatArgs, Throwable error) {
    }

    /** What one read of the ledger shows: the contacts, and which erasure requests are overdue or due soon. */
    record Snapshot(Instant now, List<ContactOverview> contacts, List<ErasureRequest> overdue,
                    List<ErasureRequest> dueSoon) {
    }

    private final UiContext context;
    private final Ledger ledger;
    private final StatusModel status;
    private final ObservableList<ContactOverview> contacts = FXCollections.observableArrayList();
    private final FilteredList<ContactOverview> shown = new FilteredList<>(contacts);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Optional<StatusFilter>> statusFilter = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<ContactOverview> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactDetails> details = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    private final IntegerProperty overdueCount = new SimpleIntegerProperty();
    private final IntegerProperty dueSoonCount = new SimpleIntegerProperty();
    private final ObjectProperty<Set<String>> overdueContacts = new SimpleObjectProperty<>(Set.of());
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Consumer<Failure> onFailure = f -> { };

    public ConsentViewModel(UiContext context, Ledger ledger, StatusModel status) {
        this.context = context;
        this.ledger = ledger;
        this.status = status;
        now.set(context.clock().instant());
        filterText.addListener((obs, old, text) -> applyFilter());
        statusFilter.addListener((obs, old, f) -> applyFilter());
        selected.addListener((obs, old, contact) -> loadDetails(contact));
    }

    public void setOnFailure(Consumer<Failure> handler) {
        this.onFailure = handler;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Every contact, by name. */
    public ObservableList<ContactOverview> contacts() {
        return contacts;
    }

    /** The contacts the filter lets through. */
    public ObservableList<ContactOverview> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Optional<StatusFilter>> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<ContactOverview> selectedProperty() {
        return selected;
    }

    /** The selected contact's consent history and erasure requests; null while none is selected. */
    public ObjectProperty<ContactDetails> detailsProperty() {
        return details;
    }

    /** The time the statuses, deadlines and colours were worked out at: the last refresh. */
    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public IntegerProperty overdueCountProperty() {
        return overdueCount;
    }

    public IntegerProperty dueSoonCountProperty() {
        return dueSoonCount;
    }

    /** The ids of contacts with an overdue erasure request. */
    public ObjectProperty<Set<String>> overdueContactsProperty() {
        return overdueContacts;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** True while an import or export runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Whether a contact matches what is typed (in its name, phone, conversation or id, any case; digits also match
     * the phone number written nationally, 06 12... for +33 6 12...) and the status filter.
     */
    public static boolean matches(ContactOverview c, String text, Optional<StatusFilter> filter) {
        if (filter.isPresent() && c.consent(filter.get().purpose()).state() != filter.get().state()) {
            return false;
        }
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        var contact = c.contact();
        if (contact.name().toLowerCase(Locale.ROOT).contains(wanted)
                || contact.id().toLowerCase(Locale.ROOT).contains(wanted)
                || contact.phone().contains(wanted.replace(" ", ""))
                || contact.conversation().map(v -> v.toLowerCase(Locale.ROOT).contains(wanted)).orElse(false)) {
            return true;
        }
        String digits = wanted.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return digits.length() >= 3 && wanted.matches("[0-9 .()+-]+") && contact.phone().contains(digits);
    }

    private void applyFilter() {
        String text = filterText.get();
        Optional<StatusFilter> filter = statusFilter.get();
        shown.setPredicate(c -> matches(c, text, filter));
    }

    /** Reads the ledger again at the clock's time, keeping the selection by id. */
    public Task<Snapshot> refresh() {
        String keep = selected.get() == null ? null : selected.get().contact().id();
        return refresh(keep);
    }

    private Task<Snapshot> refresh(String select) {
        Instant at = context.clock().instant();
        return context.tasks().create(() -> new Snapshot(at, ledger.contacts(at), ledger.overdue(at),
                        ledger.dueSoon(at)))
                .onSuccess(s -> {
                    now.set(s.now());
                    contacts.setAll(s.contacts());
                    overdueCount.set(s.overdue().size());
                    dueSoonCount.set(s.dueSoon().size());
                    overdueContacts.set(s.overdue().stream().map(ErasureRequest::contactId)
                            .collect(Collectors.toUnmodifiableSet()));
                    loaded.set(true);
                    Optional<ContactOverview> again = select == null ? Optional.empty()
                            : contacts.stream().filter(c -> c.contact().id().equals(select)).findFirst();
                    if (again.isPresent()) {
                        selected.set(again.get());
                        loadDetails(again.get());
                    } else {
                        selected.set(null);
                    }
                })
                .onError(e -> fail("ui.consent.fail.read", e))
                .start();
    }

    private void loadDetails(ContactOverview contact) {
        if (contact == null) {
            details.set(null);
            return;
        }
        String id = contact.contact().id();
        context.tasks().create(() -> ledger.contact(id))
                .onSuccess(found -> {
                    if (selected.get() != null && selected.get().contact().id().equals(id)) {
                        details.set(found.orElse(null));
                    }
                })
                .onError(e -> fail("ui.consent.fail.read", e))
                .start();
    }

    /** The region national phone numbers are read in: the system's country. */
    public Optional<String> region() {
        return Ledger.defaultRegion(context.systemLocale());
    }

    public Task<?> addContact(ContactDraft draft) {
        return change(() -> ledger.addContact(draft, region()),
                c -> say("ui.consent.contact.added", c.name()), "ui.consent.fail.addContact", draft.name())
                .andSelect(c -> c.id());
    }

    public Task<?> editContact(String id, ContactDraft draft) {
        return change(() -> ledger.editContact(id, draft, region()),
                c -> say("ui.consent.contact.edited", c.name()), "ui.consent.fail.editContact", draft.name())
                .andSelect(c -> c.id());
    }

    public Task<?> removeContact(String id, String name) {
        return change(() -> {
            ledger.removeContact(id);
            return id;
        }, x -> say("ui.consent.contact.removed", name), "ui.consent.fail.removeContact", name).andSelect(x -> null);
    }

    public Task<?> grant(String contactId, Purpose purpose, Instant at, ConsentMethod method,
                         Optional<String> evidence) {
        return change(() -> ledger.grant(contactId, purpose, at, method, evidence),
                c -> say("ui.consent.granted", purposeName(purpose)), "ui.consent.fail.grant", contactId)
                .andSelect(c -> contactId);
    }

    public Task<?> withdraw(String contactId, Purpose purpose, Instant at) {
        return change(() -> ledger.withdraw(contactId, purpose, at),
                c -> say("ui.consent.withdrawn", purposeName(purpose)), "ui.consent.fail.withdraw", contactId)
                .andSelect(c -> contactId);
    }

    public Task<?> addErasure(String contactId, Instant receivedAt, Optional<String> scope) {
        return change(() -> ledger.addErasure(contactId, receivedAt, scope, context.zone()),
                e -> say("ui.consent.erasure.added",
                        context.i18n().formats().dateTime(e.dueAt(), context.zone())),
                "ui.consent.fail.erasure", contactId)
                .andSelect(e -> contactId);
    }

    public Task<?> completeErasure(ErasureRequest request, Instant at) {
        return change(() -> ledger.completeErasure(request.id(), at),
                e -> say("ui.consent.erasure.completed", e.id()), "ui.consent.fail.erasure", request.contactId())
                .andSelect(e -> request.contactId());
    }

    /** Imports a file all or nothing; {@code then} gets the result, accepted or with every error. */
    public Task<ImportResult> importFile(LedgerKind kind, Path file, Optional<FileFormat> format,
                                         Consumer<ImportResult> then) {
        busy.set(true);
        Task<ImportResult> task = context.tasks().<ImportResult>create(progress -> {
            progress.message(context.i18n().get("ui.consent.importing", file.getFileName()));
            return ledger.importFile(kind, file, format, context.zone(), region());
        }).onSuccess(result -> {
            busy.set(false);
            if (result.accepted()) {
                say("ui.consent.imported", result.added(), file.getFileName());
                refresh();
            } else {
                say("ui.consent.importRejected", file.getFileName(), result.errors().size());
            }
            then.accept(result);
        }).onError(e -> {
            busy.set(false);
            fail("ui.consent.fail.import", e, file.toString());
        }).start();
        status.track(task);
        return task;
    }

    public Task<Integer> export(LedgerKind kind, Path file, Optional<FileFormat> format) {
        busy.set(true);
        Task<Integer> task = context.tasks().<Integer>create(progress -> {
            progress.message(context.i18n().get("ui.consent.exporting", file.getFileName()));
            return ledger.export(kind, file, format, context.zone());
        }).onSuccess(rows -> {
            busy.set(false);
            say("ui.consent.exported", rows, file.toString());
        }).onError(e -> {
            busy.set(false);
            fail("ui.consent.fail.export", e, file.toString());
        }).start();
        status.track(task);
        return task;
    }

    /** One contact's record, read off the FX thread, for the access check. */
    public Task<Optional<ContactDetails>> details(String contactId, Consumer<Optional<ContactDetails>> then) {
        return context.tasks().create(() -> ledger.contact(contactId)).onSuccess(then)
                .onError(e -> fail("ui.consent.fail.read", e)).start();
    }

    /** Decides and records an access; the audit log gets the decision, allowed or not. */
    public Task<AccessDecision> checkAccess(String contactId, Purpose purpose, String justification,
                                            Consumer<AccessDecision> then, Consumer<Throwable> failed) {
        Instant at = context.clock().instant();
        return context.tasks().create(() -> ledger.checkAccess(contactId, purpose, justification, at))
                .onSuccess(decision -> {
                    say(decision.allowed() ? "ui.access.status.allowed" : "ui.access.status.denied",
                            purposeName(purpose));
                    then.accept(decision);
                })
                .onError(failed)
                .start();
    }

    private String purposeName(Purpose purpose) {
        return context.i18n().get("ui.purpose." + purpose.id());
    }

    private void say(String key, Object... args) {
        status.say(context.i18n().get(key, args));
    }

    private void fail(String whatKey, Throwable error, Object... args) {
        onFailure.accept(new Failure(whatKey, args, error));
    }

    /** A change to the ledger: runs off the FX thread, then says so and reads the ledger again. */
    private <T> Change<T> change(Callable<T> work, Consumer<T> done, String failKey,
                                 Object failArg) {
        return new Change<>(work, done, failKey, failArg);
    }

    private final class Change<T> {
        private final Callable<T> work;
        private final Consumer<T> done;
        private final String failKey;
        private final Object failArg;

        private Change(Callable<T> work, Consumer<T> done, String failKey, Object failArg) {
            this.work = work;
            this.done = done;
            this.failKey = failKey;
            this.failArg = failArg;
        }

        /** Starts the change; once done, selects the contact {@code select} names (none for null). */
        Task<T> andSelect(Function<T, String> select) {
            return context.tasks().create(work)
                    .onSuccess(result -> {
                        done.accept(result);
                        refresh(select.apply(result));
                    })
                    .onError(e -> fail(failKey, e, failArg))
                    .start();
        }
    }
}
