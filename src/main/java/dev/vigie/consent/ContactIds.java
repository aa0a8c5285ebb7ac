package dev.vigie.consent;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a contact id may be: 1 to 64 letters, digits, dots, underscores or hyphens, not starting with a hyphen (it
 * would read as an option on the command line). Ids name contacts in the audit log, which is never erased, so a
 * generated id carries nothing about the person.
 */
public final class ContactIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]{0,63}");

    private ContactIds() {
    }

    public static boolean isValid(String id) {
        return VALID.matcher(id).matches();
    }

    /** A new id such as {@code c-3f9a61d2}: random, so that it says nothing about the person. */
    public static String generate() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }
}
