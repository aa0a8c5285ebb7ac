package dev.vigie.consent;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer whose conversations the business keeps.
 *
 * @param id           chosen by the user or generated; see {@link ContactIds}
 * @param name         how the business names the customer
 * @param phone        already in E.164 ({@code +33612345678}): the core never parses phone numbers
 * @param conversation the label of the conversation, if the business gives one
 * @param notes        free text
 */
public record Contact(String id, String name, String phone, Optional<String> conversation, Optional<String> notes) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");


    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(notes, "notes");
        if (!ContactIds.isValid(id)) {
            throw new IllegalArgumentException("Not a contact id: " + id);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("A contact needs a name");
        }
        if (!isE164(phone)) {
            throw new IllegalArgumentException("Not an E.164 phone number: " + phone);
        }
    }

    /** A plus, a country code that does not start with 0, at most 15 digits in all. */
    public static boolean isE164(String phone) {
        return E164.matcher(phone).matches();
    }
}
