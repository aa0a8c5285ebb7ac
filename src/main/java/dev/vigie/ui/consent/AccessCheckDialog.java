package dev.vigie.ui.consent;

import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.AccessRule;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.DenialReason;
import dev.vigie.consent.Purpose;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ContactChooser;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import dev.vigie.workspace.ContactDetails;
import dev.vigie.workspace.ContactOverview;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Walks the access decision a step at a time: whose messages and for what; whether their consent for that very
 * purpose is valid now, and why not; why opening them is necessary; then records the decision, allowed or denied,
 * in the audit log and says why. Every step is reached and left with the keyboard (Enter goes on).
 */
public final class AccessCheckDialog extends Dialog<AccessDecision> {

    private static final int CHOOSE = 0;
    private static final int CONSENT = 1;
    private static final int JUSTIFY = 2;
    private static final int DECIDED = 3;

    private final UiContext context;
    private final ConsentViewModel model;
    private final ButtonType back;
    private final ButtonType next;
    private final ButtonType record;
    private final StackPane steps = new StackPane();
    private final Label stepLabel = new Label();
    private final ContactChooser contact;
    private final ComboBox<Purpose> purpose;
    private final Label consentVerdict = verdict("access-consent");
    private final VBox consentReasons = new VBox(4);
    private final TextArea justification = new TextArea();
    private final Label decisionVerdict = verdict("access-decision");
    private final VBox decisionReasons = new VBox(4);
    private final Label recorded = new Label();
    private final List<Node> pages;
    private int step;
    private boolean checking;
    private AccessDecision decision;

    AccessCheckDialog(Window owner, UiContext context, ConsentViewModel model, Optional<String> contactId) {
        this.context = context;
        this.model = model;
        I18n i18n = context.i18n();
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(i18n.get("ui.access.title"));
        setHeaderText(i18n.get("ui.access.header"));
        setResizable(true);
        getDialogPane().getStylesheets().add(FormDialog.class.getResource(FormDialog.STYLESHEET).toExternalForm());
        getDialogPane().setPrefWidth(660);

        back = new ButtonType(i18n.get("ui.access.back"), ButtonBar.ButtonData.BACK_PREVIOUS);
        next = new ButtonType(i18n.get("ui.access.next"), ButtonBar.ButtonData.NEXT_FORWARD);
        record = new ButtonType(i18n.get("ui.access.record"), ButtonBar.ButtonData.FINISH);
        // A search over a short list, not a drop-down: a ledger may hold 100,000 contacts.
        contact = new ContactChooser("access-contact", i18n, model.search());
        contactId.ifPresent(contact::select);
        contact.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(contact, Priority.ALWAYS);
        // Enter or a double-click on a row chooses that contact and goes on, as Next does.
        contact.setOnChoose(c -> button(next).fire());
        purpose = ConsentDialogs.combo("access-purpose", Arrays.asList(Purpose.values()),
                p -> i18n.get("ui.purpose." + p.id()));
        purpose.setValue(Purpose.RESTORE_ACCESS);
        GridPane choose = new GridPane();
        choose.setHgap(12);
        choose.setVgap(10);
        Label contactLabel = label(i18n, "ui.access.contact", contact.searchField());
        // The label reads on the search field's line, not beside the middle of the list.
        GridPane.setValignment(contactLabel, VPos.BASELINE);
        GridPane.setValignment(contact, VPos.BASELINE);
        choose.addRow(0, contactLabel, contact);
        choose.addRow(1, label(i18n, "ui.access.purpose", purpose), purpose);
        Label none = new Label(i18n.get("ui.access.noContacts"));
        none.getStyleClass().add("form-problem");
        none.setVisible(model.contacts().isEmpty());
        choose.add(none, 1, 2);

        consentReasons.setId("access-consent-reasons");
        Label stillRecorded = hint(i18n.get("ui.access.consentNote"));
        VBox consent = new VBox(10, consentVerdict, consentReasons, stillRecorded);

        justification.setId("access-justification");
        justification.setPrefRowCount(4);
        justification.setWrapText(true);
        justification.setPromptText(i18n.get("ui.access.justification.prompt"));
        justification.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // A text area keeps Tab and Enter for itself; give people the usual way out and a way to go on.
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                Button target = (Button) getDialogPane().lookupButton(e.isShiftDown() ? back : record);
                target.requestFocus();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                recordDecision();
            }
        });
        Label justificationMissing = new Label();
        justificationMissing.getStyleClass().add("form-problem");
        justificationMissing.setId("access-justification-problem");
        justificationMissing.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> justification.getText().isBlank() ? i18n.get("ui.access.justification.missing") : "",
                justification.textProperty()));
        VBox justify = new VBox(8, label(i18n, "ui.access.justification", justification), justification,
                hint(i18n.get("ui.access.justification.hint")), justificationMissing);

        decisionReasons.setId("access-decision-reasons");
        recorded.getStyleClass().add("form-hint");
        recorded.setWrapText(true);
        VBox decided = new VBox(10, decisionVerdict, decisionReasons, recorded);

        pages = List.of(choose, consent, justify, decided);
        steps.getChildren().setAll(pages);
        stepLabel.getStyleClass().add("access-step");
        stepLabel.setId("access-step");
        VBox content = new VBox(12, stepLabel, steps);
        content.setMinHeight(260);
        getDialogPane().setContent(content);

        getDialogPane().getButtonTypes().setAll(back, next, record, ButtonType.CLOSE);
        // Four buttons share the bar: none may be cut down to an ellipsis.
        for (ButtonType type : getDialogPane().getButtonTypes()) {
            button(type).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button(type), false);
        }
        button(back).setId("access-back");
        button(next).setId("access-next");
        button(record).setId("access-record");
        // These buttons move between steps: they must not close the dialog.
        button(back).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            go(step - 1);
        });
        button(next).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (step == CHOOSE) {
                checkConsent();
            } else {
                go(step + 1);
            }
        });
        button(record).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            recordDecision();
        });
        contact.valueProperty().addListener((obs, old, now) -> updateButtons());
        justification.textProperty().addListener((obs, old, now) -> updateButtons());
        setResultConverter(b -> decision);
        go(CHOOSE);
    }

    /** The step shown: 0 choose, 1 consent, 2 justification, 3 decided. */
    public int step() {
        return step;
    }

    /** The decision recorded, once it is. */
    public Optional<AccessDecision> decision() {
        return Optional.ofNullable(decision);
    }

    private void go(int to) {
        if (to < CHOOSE || to > DECIDED || (decision != null && to != DECIDED)) {
            return;
        }
        step = to;
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == step);
        }
        stepLabel.setText(context.i18n().get("ui.access.step." + step));
        updateButtons();
        Node focus = switch (step) {
            case CHOOSE -> contact.searchField();
            case CONSENT -> button(next);
            case JUSTIFY -> justification;
            default -> button(ButtonType.CLOSE);
        };
        javafx.application.Platform.runLater(focus::requestFocus);
    }

    private void updateButtons() {
        button(back).setDisable(step == CHOOSE || decision != null || checking);
        button(next).setDisable(step >= JUSTIFY || checking || contact.getValue() == null);
        button(record).setDisable(step != JUSTIFY || justification.getText().isBlank() || checking);
        button(next).setDefaultButton(step < JUSTIFY);
        button(record).setDefaultButton(step == JUSTIFY);
        button(ButtonType.CLOSE).setDefaultButton(step == DECIDED);
    }

    /** Step 2: reads the contact's consents and shows what the rule will say about them now. */
    private void checkConsent() {
        ContactOverview chosen = contact.getValue();
        if (chosen == null) {
            return;
        }
        checking = true;
        updateButtons();
        model.details(chosen.contact().id(), found -> {
            checking = false;
            showConsent(chosen, purpose.getValue(), found.map(ContactDetails::consents).orElse(List.of()),
                    found.map(ContactDetails::erasures).orElse(List.of()));
            go(CONSENT);
        });
    }

    private void showConsent(ContactOverview chosen, Purpose p, List<ConsentRecord> consents,
                             List<dev.vigie.consent.ErasureRequest> erasures) {
        I18n i18n = context.i18n();
        Instant now = context.clock().instant();
        // The same rule the ledger applies when it records; the justification is the next step's question.
        AccessDecision preview = AccessRule.decide(chosen.contact().id(), consents, erasures, p, "-",
                model.ledger().actor(), now);
        String name = chosen.contact().name();
        if (preview.allowed()) {
            ConsentRecord valid = consents.stream().filter(c -> c.purpose() == p && c.isValidAt(now))
                    .findFirst().orElseThrow();
            setVerdict(consentVerdict, true, i18n.get("ui.access.consent.valid", name, purposeName(p),
                    i18n.formats().dateTime(valid.grantedAt(), context.zone()),
                    i18n.get("ui.method." + valid.method().id())));
            consentReasons.getChildren().clear();
        } else {
            setVerdict(consentVerdict, false, i18n.get("ui.access.consent.notValid", name, purposeName(p)));
            consentReasons.getChildren().setAll(reasons(preview.reasons(), p));
        }
    }

    /** Step 3 to 4: the ledger decides and records; the answer shows with every reason. */
    private void recordDecision() {
        if (step != JUSTIFY || justification.getText().isBlank() || checking || contact.getValue() == null) {
            return;
        }
        checking = true;
        updateButtons();
        Purpose p = purpose.getValue();
        ContactOverview chosen = contact.getValue();
        model.checkAccess(chosen.contact().id(), p, justification.getText(), d -> {
            checking = false;
            decision = d;
            I18n i18n = context.i18n();
            setVerdict(decisionVerdict, d.allowed(), i18n.get(d.allowed() ? "ui.access.allowed" : "ui.access.denied",
                    chosen.contact().name(), purposeName(p)));
            decisionReasons.getChildren().setAll(reasons(d.reasons(), p));
            recorded.setText(i18n.get("ui.access.recorded", d.agent(),
                    i18n.formats().dateTime(d.at(), context.zone())));
            go(DECIDED);
        }, error -> {
            checking = false;
            updateButtons();
            ErrorDialog.show(getDialogPane().getScene().getWindow(), context.i18n(),
                    context.i18n().get("ui.access.fail"), error);
        });
    }

    /** The reasons against, one line each, in words. */
    private List<Node> reasons(List<DenialReason> reasons, Purpose p) {
        I18n i18n = context.i18n();
        return reasons.stream().map(r -> {
                    String text = i18n.get("ui.access.reason." + r.code().id(), purposeName(p),
                            r.date().map(t -> i18n.formats().dateTime(t, context.zone())).orElse(""),
                            r.purposes().stream().map(this::purposeName).collect(Collectors.joining(", ")));
                    Label line = new Label(text, new FontIcon(Material2OutlinedAL.CLOSE));
                    line.setWrapText(true);
                    line.getStyleClass().add("access-reason");
                    return (Node) line;
                }).toList();
    }

    private void setVerdict(Label label, boolean good, String text) {
        label.setText(text);
        label.getStyleClass().removeAll("verdict-good", "verdict-bad", "verdict-neutral");
        label.getStyleClass().add(good ? "verdict-good" : "verdict-bad");
        label.setGraphic(new FontIcon(good ? Material2OutlinedAL.CHECK_CIRCLE : Material2OutlinedMZ.REMOVE_CIRCLE));
    }

    private String purposeName(Purpose p) {
        return context.i18n().get("ui.purpose." + p.id());
    }

    private Button button(ButtonType type) {
        return (Button) getDialogPane().lookupButton(type);
    }

    private static Label verdict(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll("verdict", "verdict-neutral");
        WholeText.wrap(l).setMaxWidth(Double.MAX_VALUE);
        l.setGraphicTextGap(10);
        return l;
    }

    private static Label label(I18n i18n, String key, Node target) {
        Label l = new Label(i18n.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        WholeText.keep(l);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-hint");
        WholeText.wrap(l);
        return l;
    }
}
