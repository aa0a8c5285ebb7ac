package dev.vigie.ui.consent;

import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ConsentState;
import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.Purpose;
import dev.vigie.ledger.PhoneNumbers;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ColumnFit;
import dev.vigie.ui.common.I18n;
import dev.vigie.workspace.ContactOverview;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The Consent view's three tables, column by column: what each cell shows and the longest texts it may show, so that
 * {@link ColumnFit} sizes the columns to them in the font on screen. Fixed pixel widths cut "Accès restauration",
 * phone numbers and names in French training mode at 1280x720.
 */
final class ConsentColumns {

    /** A wait or a delay as long as any shown: hours and days. */
    private static final List<Duration> DELAYS = List.of(Duration.ofHours(23), Duration.ofDays(88));

    private final UiContext context;
    private final ConsentViewModel model;

    ConsentColumns(UiContext context, ConsentViewModel model) {
        this.context = context;
        this.model = model;
    }

    private I18n i18n() {
        return context.i18n();
    }

    /** Contacts: the name and conversation give way (their tooltips hold them whole), the chips never do. */
    void contacts(TableView<ContactOverview> table, TableColumn<ContactOverview, String> name,
            TableColumn<ContactOverview, String> phone, TableColumn<ContactOverview, String> conversation,
            List<TableColumn<ContactOverview, ConsentStatus>> purposes,
            TableColumn<ContactOverview, ContactOverview> erasures) {
        name.setCellValueFactory(ConsentCells.value(c -> c.contact().name()));
        phone.setCellValueFactory(ConsentCells.value(c -> PhoneNumbers.readable(c.contact().phone())));
        conversation.setCellValueFactory(ConsentCells.value(c -> c.contact().conversation().orElse("")));
        ColumnFit<ContactOverview> fit = ColumnFit.of(table)
                .column(name, ColumnFit.rows(table, c -> c.contact().name()), ColumnFit::aFewCharacters)
                .column(phone, ColumnFit.rows(table, c -> PhoneNumbers.readable(c.contact().phone())))
                .column(conversation, ColumnFit.rows(table, c -> c.contact().conversation().orElse("")),
                        ColumnFit::aFewCharacters);
        for (int i = 0; i < purposes.size(); i++) {
            Purpose purpose = Purpose.values()[i];
            TableColumn<ContactOverview, ConsentStatus> column = purposes.get(i);
            column.setCellValueFactory(ConsentCells.value(c -> c.consent(purpose)));
            column.setCellFactory(col -> ConsentCells.chip(model::statusChip));
            column.setComparator(Comparator.comparing(ConsentStatus::state));
            fit.chips(column, () -> Arrays.stream(ConsentState.values())
                    .map(s -> model.statusChip(new ConsentStatus(purpose, s, Optional.empty())).text()).toList());
        }
        erasures.setCellValueFactory(ConsentCells.value(c -> c));
        erasures.setCellFactory(col -> ConsentCells.maybeChip(model::openErasuresChip));
        erasures.setSortable(false);
        fit.chips(erasures, () -> Stream.of("ui.consent.erasures.open", "ui.consent.erasures.openOverdue")
                .map(key -> i18n().get(key, 9)).toList());
        fit.apply();
    }

    /** A contact's consents: the purpose, when given and withdrawn, and how (which takes what is left). */
    void history(TableView<ConsentRecord> table, TableColumn<ConsentRecord, String> purpose,
            TableColumn<ConsentRecord, Instant> granted, TableColumn<ConsentRecord, Optional<Instant>> withdrawn,
            TableColumn<ConsentRecord, String> how) {
        purpose.setCellValueFactory(ConsentCells.value(r -> model.purposeName(r.purpose())));
        granted.setCellValueFactory(ConsentCells.value(ConsentRecord::grantedAt));
        granted.setCellFactory(col -> ConsentCells.dated(model, t -> t));
        how.setCellValueFactory(ConsentCells.value(model::howText));
        withdrawn.setCellValueFactory(ConsentCells.value(ConsentRecord::withdrawnAt));
        withdrawn.setCellFactory(col -> ConsentCells.chip(model::withdrawnChip));
        List<String> stillValid = List.of(model.withdrawnChip(Optional.empty()).text());
        ColumnFit.of(table)
                .column(purpose, () -> Arrays.stream(Purpose.values()).map(model::purposeName).toList())
                .column(granted, this::dates)
                .chips(withdrawn, () -> Stream.concat(dates().stream(), stillValid.stream()).toList())
                .column(how, ColumnFit.rows(table, model::howText), ColumnFit::aFewCharacters)
                .spareToLast()
                .apply();
    }

    /** A contact's erasure requests: received, due, their state, and their scope (which takes what is left). */
    void erasures(TableView<ErasureRequest> table, TableColumn<ErasureRequest, Instant> received,
            TableColumn<ErasureRequest, ErasureRequest> due, TableColumn<ErasureRequest, ErasureRequest> status,
            TableColumn<ErasureRequest, String> scope) {
        received.setCellValueFactory(ConsentCells.value(ErasureRequest::receivedAt));
        received.setCellFactory(col -> ConsentCells.dated(model, t -> t));
        due.setCellValueFactory(ConsentCells.value(e -> e));
        due.setCellFactory(col -> ConsentCells.dated(model, ErasureRequest::dueAt));
        status.setCellValueFactory(ConsentCells.value(e -> e));
        status.setCellFactory(col -> ConsentCells.chip(model::erasureChip));
        scope.setCellValueFactory(ConsentCells.value(e -> e.scope().orElse("")));
        ColumnFit.of(table)
                .column(received, this::dates)
                .column(due, this::dates)
                .chips(status, this::erasureStates)
                .column(scope, ColumnFit.rows(table, e -> e.scope().orElse("")), ColumnFit::aFewCharacters)
                .spareToLast()
                .apply();
    }

    /** The dates of the year, as the narrow tables show them (the time is in the tooltip). */
    private List<String> dates() {
        return ColumnFit.longestDates(context.clock().instant(), context.zone()).stream().map(model::date).toList();
    }

    /** Every state an erasure request's chip can say, with the longest dates and delays. */
    private List<String> erasureStates() {
        List<String> states = new ArrayList<>(List.of(i18n().get("ui.consent.erasure.open")));
        for (String date : dates()) {
            states.add(i18n().get("ui.consent.erasure.done", date));
        }
        for (Duration delay : DELAYS) {
            String words = i18n().formats().duration(delay);
            states.add(i18n().get("ui.consent.erasure.overdue", words));
            states.add(i18n().get("ui.consent.erasure.dueSoon", words));
        }
        return states;
    }
}
