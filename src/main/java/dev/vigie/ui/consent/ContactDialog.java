package dev.vigie.ui.consent;

import dev.vigie.backup.InputProblem;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ContactIds;
import dev.vigie.ledger.PhoneNumbers;
import dev.vigie.ui.common.I18n;
import dev.vigie.workspace.ContactDraft;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Adds a contact, or edits one: name and phone required, the phone read as the ledger will read it. */
final class ContactDialog extends FormDialog<ContactDraft> {

    ContactDialog(Window owner, I18n i18n, Optional<Contact> editing, Optional<String> region) {
        super(owner, i18n, i18n.get(editing.isPresent() ? "ui.contact.editTitle" : "ui.contact.addTitle"),
                editing.map(c -> i18n.get("ui.contact.editHeader", c.name()))
                        .orElse(i18n.get("ui.contact.addHeader")));
        TextField name = row("ui.contact.name", field("contact-name", editing.map(Contact::name).orElse(""), 24));
        TextField phone = row("ui.contact.phone", field("contact-phone", editing.map(Contact::phone).orElse(""), 24));
        hint(region.map(r -> i18n.get("ui.contact.phone.hintRegion", r)).orElse(i18n.get("ui.contact.phone.hint")));
        TextField conversation = row("ui.contact.conversation", field("contact-conversation",
                editing.flatMap(Contact::conversation).orElse(""), 24));
        TextArea notes = new TextArea(editing.flatMap(Contact::notes).orElse(""));
        notes.setId("contact-notes");
        notes.setPrefRowCount(3);
        notes.setPrefColumnCount(24);
        notes.setWrapText(true);
        row("ui.contact.notes", notes);
        // Vigie makes the contact's id; people know a contact by name and phone (the id stays in exports and JSON).
        validateWith(() -> problem(i18n, name.getText(), phone.getText(), "", region),
                name.textProperty(), phone.textProperty());
        setResultConverter(button -> button == ButtonType.OK
                ? new ContactDraft(Optional.empty(), name.getText().strip(),
                phone.getText().strip(), text(conversation.getText()), text(notes.getText()))
                : null);
        focus(name);
    }

    /** What stops the contact from being saved, as the user types; "" when nothing does. */
    static String problem(I18n i18n, String name, String phone, String id, Optional<String> region) {
        if (name.isBlank()) {
            return i18n.get("ui.contact.noName");
        }
        if (phone.isBlank()) {
            return i18n.get("ui.contact.noPhone");
        }
        try {
            PhoneNumbers.normalise(phone, region);
        } catch (PhoneNumbers.PhoneProblem p) {
            return i18n.get(p.problem() == PhoneNumbers.Problem.NO_REGION
                    ? "ui.contact.phone.noRegion" : "ui.contact.phone.invalid", phone.strip());
        } catch (InputProblem p) {
            return i18n.messages().problem(p);
        }
        if (!id.isBlank() && !ContactIds.isValid(id.strip())) {
            return i18n.get("ui.contact.badId", id.strip());
        }
        return "";
    }

    private static Optional<String> text(String s) {
        return Optional.ofNullable(s).map(String::strip).filter(t -> !t.isEmpty());
    }
}
