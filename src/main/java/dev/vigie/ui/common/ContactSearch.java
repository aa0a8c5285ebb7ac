package dev.vigie.ui.common;

import dev.vigie.workspace.ContactOverview;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ledger's contacts prepared for typing a few letters of a name or a few digits of a phone number: names are
 * lower-cased and stripped of accents once, in name order, so one search is a single pass of plain comparisons (a few
 * milliseconds over 100,000 contacts). Immutable; build it off the FX thread when the ledger is large.
 */
public final class ContactSearch {

    /** How many matches a list shows at most: beyond that, typing more of the name is quicker than scrolling. */
    public static final int SHOWN = 200;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+ .()/-]*[0-9][0-9+ .()/-]*");

    /**
     * The contacts a search found: the first ones to show, and how many more match.
     *
     * @param shown at most the cap given, names starting with what was typed first, each group in name order
     * @param more  how many other contacts match too
     */
    public record Found(List<ContactOverview> shown, int more) {

        public Found {
            shown = List.copyOf(shown);
        }

        /** Every contact that matches, shown or not. */
        public int total() {
            return shown.size() + more;
        }
    }

    private final ContactOverview[] contacts;
    private final String[] names;
    private final String[] digits;

    private ContactSearch(ContactOverview[] contacts, String[] names, String[] digits) {
        this.contacts = contacts;
        this.names = names;
        this.digits = digits;
    }

    /** Prepares {@code contacts}: in name order (accents and case aside), each name folded, each number's digits. */
    public static ContactSearch of(List<ContactOverview> contacts) {
        record Entry(ContactOverview contact, String name, String digits) {
        }
        Entry[] entries = new Entry[contacts.size()];
        for (int i = 0; i < entries.length; i++) {
            ContactOverview c = contacts.get(i);
            entries[i] = new Entry(c, fold(c.contact().name()), onlyDigits(c.contact().phone()));
        }
        Arrays.sort(entries, Comparator.comparing(Entry::name)
                .thenComparing(e -> e.contact().contact().name())
                .thenComparing(e -> e.contact().contact().phone())
                .thenComparing(e -> e.contact().contact().id()));
        ContactOverview[] sorted = new ContactOverview[entries.length];
        String[] names = new String[entries.length];
        String[] digits = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            sorted[i] = entries[i].contact();
            names[i] = entries[i].name();
            digits[i] = entries[i].digits();
        }
        return new ContactSearch(sorted, names, digits);
    }

    /** How many contacts there are. */
    public int size() {
        return contacts.length;
    }

    /** The contacts in name order. */
    public List<ContactOverview> all() {
        return List.of(contacts);
    }

    /**
     * The contacts whose name holds every word of {@code query} (accents and case aside), or, when the query is a
     * phone number or part of one, whose number holds its digits (spaces, dots and dashes aside; a leading 0 or 00
     * matches the country code before it, so "06 12" finds +33 6 12...). An empty query finds everyone, in name order.
     *
     * @param cap how many to return at most; the others are only counted
     */
    public Found find(String query, int cap) {
        String text = query == null ? "" : query.strip();
        List<ContactOverview> starting = new ArrayList<>();
        List<ContactOverview> inside = new ArrayList<>();
        int count = 0;
        Optional<String> phone = phoneDigits(text);
        if (phone.isPresent()) {
            String needle = phone.get();
            boolean national = !needle.equals(onlyDigits(text));
            for (int i = 0; i < contacts.length; i++) {
                int at = digits[i].indexOf(needle);
                if (at >= 0) {
                    count++;
                    // The number as typed from its start (+33 6...) or nationally (06...) comes first.
                    boolean fromStart = at == 0 || (national && at <= 3);
                    add(fromStart ? starting : inside, contacts[i], cap);
                }
            }
        } else {
            String[] words = fold(text).split("\\s+");
            if (words.length == 1 && words[0].isEmpty()) {
                List<ContactOverview> first = Arrays.asList(contacts).subList(0, Math.min(cap, contacts.length));
                return new Found(first, contacts.length - first.size());
            }
            for (int i = 0; i < contacts.length; i++) {
                String name = names[i];
                if (holdsAll(name, words)) {
                    count++;
                    add(startsWord(name, words[0]) ? starting : inside, contacts[i], cap);
                }
            }
        }
        List<ContactOverview> shown = new ArrayList<>(starting);
        for (int i = 0; i < inside.size() && shown.size() < cap; i++) {
            shown.add(inside.get(i));
        }
        return new Found(shown, count - shown.size());
    }

    /**
     * The digits a query written as a phone number (or part of one) looks for in the contacts' numbers, spaces, dots
     * and dashes aside; a leading 0 or 00 is dropped, so that a national number ("06 12") finds the international one
     * (+33 6 12...). Empty when the query is not a phone number.
     */
    public static Optional<String> phoneDigits(String query) {
        String text = query == null ? "" : query.strip();
        if (!PHONE_LIKE.matcher(text).matches()) {
            return Optional.empty();
        }
        String wanted = onlyDigits(text);
        String national = wanted.replaceFirst("^0+", "");
        return Optional.of(national.isEmpty() ? wanted : national);
    }

    /** Lower case, without accents: "Hélène Œuvray" reads "helene oeuvray". */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean plain = true;
        for (int i = 0; i < lower.length() && plain; i++) {
            plain = lower.charAt(i) < 0x80;
        }
        if (plain) {
            return lower;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d");
    }

    private static void add(List<ContactOverview> to, ContactOverview c, int cap) {
        if (to.size() < cap) {
            to.add(c);
        }
    }

    private static boolean holdsAll(String name, String[] words) {
        for (String w : words) {
            if (!name.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWord(String name, String word) {
        int at = name.indexOf(word);
        while (at >= 0) {
            if (at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1))) {
                return true;
            }
            at = name.indexOf(word, at + 1);
        }
        return false;
    }

    private static String onlyDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
