package dev.vigie.ui.consent;

import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ConsentState;
import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import dev.vigie.ledger.PhoneNumbers;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ContactSearch;
import dev.vigie.ui.shell.StatusModel;
import dev.vigie.workspace.ContactDetails;
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.ContactOverview;
import dev.vigie.workspace.ImportResult;
import dev.vigie.workspace.Ledger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
    record Snapshot(Instant now, List<ContactOverview> contacts, ContactSearch search, List<ErasureRequest> overdue,
                    List<ErasureRequest> dueSoon) {
    }

    /** A coloured word in a table cell: its text, its style class, and what its tooltip says more, if anything. */
    record Chip(String text, String style, Optional<String> tip) {
        Chip(String text, String style) {
            this(text, style, Optional.empty());
        }
    }

    /** The line above the contacts: the overdue and due-soon texts, each with the style class it takes, if any. */
    record Summary(String overdue, Optional<String> overdueStyle, String dueSoon, Optional<String> dueSoonStyle) {
    }

    private final UiContext context;
    private final Ledger ledger;
    private final StatusModel status;
    private final ObservableList<ContactOverview> contacts = FXCollections.observableArrayList();
    private ContactSearch search = ContactSearch.of(List.of());
    private final FilteredList<ContactOverview> shown = new FilteredList<>(contacts);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Optional<StatusFilter>> statusFilter = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<ContactOverview> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactDetails> details = new SimpleObjectProperty<>();
    private final ObjectProperty<ErasureRequest> selectedErasure = new SimpleObjectProperty<>();
    private final BooleanBinding noContact = selected.isNull();
    private final BooleanBinding cannotCompleteErasure = Bindings.createBooleanBinding(
            () -> !completable(selectedErasure.get()), selectedErasure);
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

    /** The same contacts prepared for searching by name or phone number. */
    public ContactSearch search() {
        return search;
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

    /** The erasure request chosen in the selected contact's list, if any. */
    public ObjectProperty<ErasureRequest> selectedErasureProperty() {
        return selectedErasure;
    }

    /** True while no contact is selected: editing, removing, consent and erasure buttons wait for one. */
    public BooleanBinding noContactProperty() {
        return noContact;
    }

    /** True unless the chosen erasure request is still open: only an open one can be marked done. */
    public BooleanBinding cannotCompleteErasureProperty() {
        return cannotCompleteErasure;
    }

    /** Whether {@code request} can be marked done: there is one, and it is still open. */
    static boolean completable(ErasureRequest request) {
        return request != null && request.isOpen();
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
     * What is typed in the filter and the status filter, read once per change rather than once per contact (three
     * regular expressions per contact: 37-85 ms a keystroke over 100,000 contacts, now 12-31): a contact matches by
     * its name, phone, conversation or id, case and accents aside as in the access check's search ("helene" finds
     * Hélène); digits also match the phone number written nationally, 06 12... for +33 6 12....
     */
    public static Predicate<ContactOverview> matcher(String text, Optional<StatusFilter> filter) {
        String wanted = ContactSearch.fold(text == null ? "" : text.strip());
        String compact = wanted.replace(" ", "");
        // Fewer than three digits would match most numbers.
        Optional<String> digits = ContactSearch.phoneDigits(wanted).filter(d -> d.length() >= 3);
        return c -> {
            if (filter.isPresent() && c.consent(filter.get().purpose()).state() != filter.get().state()) {
                return false;
            }
            if (wanted.isEmpty()) {
                return true;
            }
            var contact = c.contact();
            return ContactSearch.fold(contact.name()).contains(wanted)
                    || contact.id().toLowerCase(Locale.ROOT).contains(wanted)
                    || contact.phone().contains(compact)
                    || contact.conversation().map(v -> ContactSearch.fold(v).contains(wanted)).orElse(false)
                    || digits.isPresent() && contact.phone().contains(digits.get());
        };
    }

    private void applyFilter() {
        String text = filterText.get();
        Optional<StatusFilter> filter = statusFilter.get();
        shown.setPredicate(matcher(text, filter));
    }

    /** Reads the ledger again at the clock's time, keeping the selection by id. */
    public Task<Snapshot> refresh() {
        String keep = selected.get() == null ? null : selected.get().contact().id();
        return refresh(keep);
    }

    private Task<Snapshot> refresh(String select) {
        Instant at = context.clock().instant();
        return context.tasks().create(() -> {
                    List<ContactOverview> all = ledger.contacts(at);
                    // Prepared here, off the FX thread, for the access check's search over a large ledger.
                    return new Snapshot(at, all, ContactSearch.of(all), ledger.overdue(at), ledger.dueSoon(at));
                })
                .onSuccess(s -> {
                    now.set(s.now());
                    contacts.setAll(s.contacts());
                    search = s.search();
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

    // --- the view's words, worked out each time in the language of the moment ---

    /** The overdue and due-soon line: all clear once read with nothing due, else both counts. */
    Summary summary() {
        int overdue = overdueCount.get();
        int soon = dueSoonCount.get();
        if (overdue == 0 && soon == 0) {
            return new Summary(loaded.get() ? context.i18n().get("ui.consent.summary.clear") : "",
                    Optional.of("summary-clear"), "", Optional.empty());
        }
        return new Summary(context.i18n().get("ui.consent.summary.overdue", overdue),
                overdue > 0 ? Optional.of("summary-overdue") : Optional.empty(),
                context.i18n().get("ui.consent.summary.dueSoon", soon),
                soon > 0 ? Optional.of("summary-due-soon") : Optional.empty());
    }

    /** What the empty contact list says: nothing before the first read, then no contacts, or none that match. */
    String placeholder() {
        return !loaded.get() ? "" : contacts.isEmpty() ? context.i18n().get("ui.consent.contacts.none")
                : context.i18n().get("ui.consent.contacts.noneMatch");
    }

    /** The status filter's choices: every contact, then each purpose in each state. */
    static List<Optional<StatusFilter>> statusFilters() {
        List<Optional<StatusFilter>> all = new ArrayList<>();
        all.add(Optional.empty());
        for (Purpose p : Purpose.values()) {
            for (ConsentState s : ConsentState.values()) {
                all.add(Optional.of(new StatusFilter(p, s)));
            }
        }
        return all;
    }

    String statusFilterText(Optional<StatusFilter> filter) {
        return filter == null ? "" : filter.map(f -> context.i18n().get("ui.consent.statusFilter.one",
                        purposeName(f.purpose()), stateWord(f.state())))
                .orElse(context.i18n().get("ui.consent.statusFilter.all"));
    }

    /** The selected contact's line under its name: phone, conversation and notes. */
    String subtitle(ContactDetails d) {
        List<String> parts = new ArrayList<>();
        parts.add(PhoneNumbers.readable(d.contact().phone()));
        d.contact().conversation().ifPresent(c -> parts.add(context.i18n().get("ui.consent.detail.conversation", c)));
        d.contact().notes().ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    /** How a consent was given, and its evidence if recorded. */
    String howText(ConsentRecord r) {
        return context.i18n().get("ui.method." + r.method().id()) + r.evidence().map(e -> " · " + e).orElse("");
    }

    /** A contact's consent for one purpose: given since, withdrawn on, or none. */
    Chip statusChip(ConsentStatus s) {
        return switch (s.state()) {
            case GIVEN -> new Chip(context.i18n().get("ui.consent.chip.given"), "chip-given",
                    s.since().map(t -> context.i18n().get("ui.consent.chip.givenSince", dateTime(t))));
            case WITHDRAWN -> new Chip(context.i18n().get("ui.consent.chip.withdrawn"), "chip-withdrawn",
                    s.since().map(t -> context.i18n().get("ui.consent.chip.withdrawnOn", dateTime(t))));
            case NONE -> new Chip(context.i18n().get("ui.consent.chip.none"), "chip-none");
        };
    }

    /** A contact's open erasure requests, marked overdue if one is; nothing when none is open. */
    Optional<Chip> openErasuresChip(ContactOverview c) {
        if (c.openErasures() == 0) {
            return Optional.empty();
        }
        boolean overdue = overdueContacts.get().contains(c.contact().id());
        return Optional.of(new Chip(context.i18n().get(overdue ? "ui.consent.erasures.openOverdue"
                : "ui.consent.erasures.open", c.openErasures()), overdue ? "chip-overdue" : "chip-open"));
    }

    /** A consent record's withdrawal: its date, or still valid. */
    Chip withdrawnChip(Optional<Instant> at) {
        return at.map(t -> new Chip(date(t), "chip-withdrawn",
                        Optional.of(context.i18n().get("ui.consent.chip.withdrawnOn", dateTime(t)))))
                .orElse(new Chip(context.i18n().get("ui.consent.stillValid"), "chip-given"));
    }

    /** An erasure request's state in words, coloured: done, open, due soon (within 7 days), overdue. */
    Chip erasureChip(ErasureRequest e) {
        Instant at = now.get();
        if (!e.isOpen()) {
            Instant done = e.completedAt().orElseThrow();
            return new Chip(context.i18n().get("ui.consent.erasure.done", date(done)), "chip-done",
                    Optional.of(dateTime(done)));
        }
        if (e.isOverdueAt(at)) {
            return new Chip(context.i18n().get("ui.consent.erasure.overdue",
                    context.i18n().formats().duration(Duration.between(e.dueAt(), at))), "chip-overdue");
        }
        if (e.isDueSoonAt(at)) {
            return new Chip(context.i18n().get("ui.consent.erasure.dueSoon",
                    context.i18n().formats().duration(Duration.between(at, e.dueAt()))), "chip-due-soon");
        }
        return new Chip(context.i18n().get("ui.consent.erasure.open"), "chip-open");
    }

    String purposeName(Purpose purpose) {
        return context.i18n().get("ui.purpose." + purpose.id());
    }

    private String stateWord(ConsentState s) {
        return context.i18n().get("ui.consent.chip." + switch (s) {
            case GIVEN -> "given";
            case WITHDRAWN -> "withdrawn";
            case NONE -> "none";
        });
    }

    /** The local date alone, where a table is narrow; the time is in the cell's tooltip. */
    String date(Instant t) {
        return context.i18n().formats().date(t.atZone(context.zone()).toLocalDate());
    }

    String dateTime(Instant t) {
        return context.i18n().formats().dateTime(t, context.zone());
    }

    /** A kind of ledger file as its menu item says it, with its mnemonic. */
    String kindName(LedgerKind kind) {
        return context.i18n().get("ui.consent.kind." + kind.id());
    }

    /** A file chooser's title for {@code kind}: the message {@code titleKey} with the kind's plain name. */
    String chooserTitle(String titleKey, LedgerKind kind) {
        return context.i18n().get(titleKey, kindName(kind).replace("_", "").replace("…", ""));
    }

    /** The name an export is offered under. */
    static String exportFileName(LedgerKind kind) {
        return "vigie-" + kind.id() + ".csv";
    }

    /**
     * The format of an export: told by the name when it ends in .csv or .json (empty here), else that of the filter
     * the user picked ({@code filterExtension}, such as {@code *.json}), else CSV.
     */
    static Optional<FileFormat> exportFormat(String fileName, Optional<String> filterExtension) {
        return FileFormat.ofFileName(fileName).isPresent() ? Optional.empty()
                : filterExtension.map(ext -> ext.endsWith("json") ? FileFormat.JSON : FileFormat.CSV)
                .or(() -> Optional.of(FileFormat.CSV));
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
