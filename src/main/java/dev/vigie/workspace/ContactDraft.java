package dev.vigie.workspace;

import java.util.Objects;
import java.util.Optional;

/**
 * A contact as the user typed it, before Vigie checks it: the phone number may be national ({@code 06 12 34 56 78})
 * and is normalised with the region given to {@link Ledger#addContact} or {@link Ledger#editContact}.
 *
 * @param id empty to have one generated; ignored when editing (a contact's id never changes)
 */
public record ContactDraft(Optional<String> id, String name, String phone, Optional<String> conversation,
                           Optional<String> notes) {

    public ContactDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(notes, "notes");
    }
}
