package dev.vigie.ui.consent;

import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentState;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.Purpose;
import dev.vigie.ui.common.I18n;
import dev.vigie.workspace.ContactOverview;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The small forms of the Consent view: grant, withdraw, an erasure request received, an erasure done, and the
 * question before a contact is removed.
 */
final class ConsentDialogs {

    /** A consent as typed. */
    record Grant(Purpose purpose, Instant at, ConsentMethod method, Optional<String> evidence) {
    }

    /** A withdrawal as typed. */
    record Withdrawal(Purpose purpose, Instant at) {
    }

    /** An erasure request as typed. */
    record Erasure(Instant receivedAt, Optional<String> scope) {
    }

    private ConsentDialogs() {
    }

    static FormDialog<Grant> grant(Window owner, I18n i18n, ContactOverview contact, Instant now, ZoneId zone) {
        FormDialog<Grant> d = new FormDialog<>(owner, i18n, i18n.get("ui.grant.title"),
                i18n.get("ui.grant.header", contact.contact().name()));
        List<Purpose> open = Arrays.stream(Purpose.values())
                .filter(p -> contact.consent(p).state() != ConsentState.GIVEN).toList();
        ComboBox<Purpose> purpose = d.row("ui.grant.purpose", combo("grant-purpose", open,
                p -> i18n.get("ui.purpose." + p.id())));
        ComboBox<ConsentMethod> method = d.row("ui.grant.method", combo("grant-method",
                List.of(ConsentMethod.values()), m -> i18n.get("ui.method." + m.id())));
        TextField when = d.row("ui.grant.when", FormDialog.field("grant-when",
                i18n.formats().dateTime(now, zone), 18));
        d.hint(i18n.get("ui.form.timeHint"));
        TextField evidence = d.row("ui.grant.evidence", FormDialog.field("grant-evidence", "", 24));
        d.hint(i18n.get("ui.grant.evidence.hint"));
        d.validateWith(() -> purpose.getValue() == null ? i18n.get("ui.grant.allGiven")
                        : method.getValue() == null ? i18n.get("ui.grant.noMethod")
                        : d.timeProblem(when.getText(), zone, now),
                purpose.valueProperty(), method.valueProperty(), when.textProperty());
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Grant(purpose.getValue(), FormDialog.readTime(when.getText(), zone).orElseThrow(),
                method.getValue(), Optional.of(evidence.getText().strip()).filter(e -> !e.isEmpty()))
                : null);
        d.focus(purpose);
        return d;
    }

    static FormDialog<Withdrawal> withdraw(Window owner, I18n i18n, ContactOverview contact, Instant now,
                                           ZoneId zone) {
        FormDialog<Withdrawal> d = new FormDialog<>(owner, i18n, i18n.get("ui.withdraw.title"),
                i18n.get("ui.withdraw.header", contact.contact().name()));
        List<Purpose> given = Arrays.stream(Purpose.values())
                .filter(p -> contact.consent(p).state() == ConsentState.GIVEN).toList();
        ComboBox<Purpose> purpose = d.row("ui.withdraw.purpose", combo("withdraw-purpose", given,
                p -> i18n.get("ui.purpose." + p.id())));
        TextField when = d.row("ui.withdraw.when", FormDialog.field("withdraw-when",
                i18n.formats().dateTime(now, zone), 18));
        d.hint(i18n.get("ui.form.timeHint"));
        d.validateWith(() -> purpose.getValue() == null ? i18n.get("ui.withdraw.noneGiven")
                        : d.timeProblem(when.getText(), zone, now),
                purpose.valueProperty(), when.textProperty());
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Withdrawal(purpose.getValue(), FormDialog.readTime(when.getText(), zone).orElseThrow())
                : null);
        d.focus(purpose);
        return d;
    }

    static FormDialog<Erasure> erasure(Window owner, I18n i18n, ContactOverview contact, Instant now, ZoneId zone) {
        FormDialog<Erasure> d = new FormDialog<>(owner, i18n, i18n.get("ui.erasure.title"),
                i18n.get("ui.erasure.header", contact.contact().name()));
        TextField received = d.row("ui.erasure.received", FormDialog.field("erasure-received",
                i18n.formats().dateTime(now, zone), 18));
        d.hint(i18n.get("ui.erasure.received.hint"));
        TextField scope = d.row("ui.erasure.scope", FormDialog.field("erasure-scope", "", 24));
        d.hint(i18n.get("ui.erasure.scope.hint"));
        d.validateWith(() -> d.timeProblem(received.getText(), zone, now), received.textProperty());
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Erasure(FormDialog.readTime(received.getText(), zone).orElseThrow(),
                Optional.of(scope.getText().strip()).filter(s -> !s.isEmpty()))
                : null);
        d.focus(received);
        return d;
    }

    static FormDialog<Instant> completeErasure(Window owner, I18n i18n, ErasureRequest request, Instant now,
                                               ZoneId zone) {
        FormDialog<Instant> d = new FormDialog<>(owner, i18n, i18n.get("ui.erasureDone.title"),
                i18n.get("ui.erasureDone.header", i18n.formats().dateTime(request.receivedAt(), zone),
                        i18n.formats().dateTime(request.dueAt(), zone)));
        TextField when = d.row("ui.erasureDone.when", FormDialog.field("erasure-done-when",
                i18n.formats().dateTime(now, zone), 18));
        d.hint(i18n.get("ui.form.timeHint"));
        d.validateWith(() -> {
            String why = d.timeProblem(when.getText(), zone, now);
            if (why.isEmpty() && FormDialog.readTime(when.getText(), zone).orElseThrow()
                    .isBefore(request.receivedAt())) {
                return i18n.get("ui.erasureDone.beforeReceipt");
            }
            return why;
        }, when.textProperty());
        d.setResultConverter(b -> b == ButtonType.OK ? FormDialog.readTime(when.getText(), zone).orElseThrow() : null);
        d.focus(when);
        return d;
    }

    /** Asks whether to remove {@code contact} from the ledger; true once the user says OK. */
    static boolean confirmRemove(Window owner, I18n i18n, ContactOverview contact) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("ui.contact.remove.text"), ButtonType.OK,
                ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(i18n.get("ui.contact.remove.title"));
        confirm.setHeaderText(i18n.get("ui.contact.remove.header", contact.contact().name()));
        return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        if (!items.isEmpty()) {
            box.setValue(items.get(0));
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
