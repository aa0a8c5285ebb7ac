package dev.vigie.chat;

import dev.vigie.backup.InputProblem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a WhatsApp "Export chat" file into messages: times, authors and kinds, never the text.
 *
 * <p>Headers as Android writes them ({@code 20/11/2026, 14:05 - Name: text}) and as iOS does
 * ({@code [20/11/2026, 14:05:33] Name: text}), in any of WhatsApp's locales: day, month and year in any order,
 * {@code /}, {@code .} or {@code -} between them, two- or four-digit years, with or without the comma, 24- or
 * 12-hour clocks (AM/PM, {@code a. m.}, {@code vorm.}... after a space, a no-break or a narrow no-break space),
 * optional seconds, {@code :} or {@code .} in the time, and direction marks anywhere; digits of any script
 * (Arabic-Indic, Persian, Devanagari, Thai...), the Arabic comma, the markers {@code ص}/{@code م} after the time
 * and {@code 午前}/{@code 午後} (also Chinese and Korean ones) before it, the hour 00 or 12 with a marker, and years
 * of the Thai Buddhist era (2569 is 2026). A line without a header
 * continues the message before it. No I/O: {@link ChatFiles} reads the files.
 */
public final class ChatParser {

    private static final String SPACE = "[ \\u00A0\\u202F]";
    /** Markers of the afternoon half of a 12-hour clock, after or (CJK) before the time. */
    private static final String PM_MARKERS = "p.m. pm nachm. 午後 下午 오후 م";
    private static final String MARKER = "(?i:[ap]\\.?" + SPACE + "?m\\.?|vorm\\.|nachm\\.|ص|م)";
    private static final String CJK_MARKER = "(午前|午後|上午|下午|오전|오후)";
    private static final Pattern HEADER = Pattern.compile("^(\\[)?"
            + "(\\d{1,4})[./-] ?(\\d{1,2})[./-] ?(\\d{1,4})\\.?"
            + "(?:[,\\u060C]" + SPACE + "?|" + SPACE + ")"
            + "(?:" + CJK_MARKER + SPACE + "?)?"
            + "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
            + "(?:" + SPACE + "?(" + MARKER + "))?"
            + "(?:\\]" + SPACE + "?| [-\\u2013] )(.*)$");
    /** A Thai phone writes years of the Buddhist era, 543 ahead of the Gregorian. */
    private static final int BUDDHIST_ERA_OFFSET = 543;

    private ChatParser() {
    }

    /**
     * @param text  the whole file, decoded; a byte-order mark, CRLF or LF line ends are all fine
     * @param zone  the zone of the phone that exported it: the file's times are its wall-clock times
     * @param order the date order to read with; empty to find it in the file
     * @param label the file's name, for messages
     * @throws InputProblem when no line is a message, the date order cannot be told (then {@code --date-order}), or
     *                      a date does not exist
     */
    public static ChatExport parse(String text, ZoneId zone, Optional<DateOrder> order, String label) {
        List<Header> headers = new ArrayList<>();
        List<ChatWarning> warnings = new ArrayList<>();
        Matcher matcher = HEADER.matcher("");
        int lineNumber = 0;
        int start = 0;
        int n = text.length();
        Header previous = null;
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            lineNumber++;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String raw = text.substring(start, stop);
            String line = ChatWords.withoutMarks(raw);
            int lead = line.startsWith("[") ? 1 : 0;
            if (line.length() > lead && line.charAt(lead) > 127 && Character.isDigit(line.charAt(lead))) {
                line = asciiDigits(line);
            }
            Header header = line.isEmpty() || !(Character.isDigit(line.charAt(0)) || line.charAt(0) == '[') ? null
                    : header(matcher.reset(line), raw, lineNumber);
            if (header != null) {
                headers.add(header);
                previous = header;
            } else if (previous != null && !line.isBlank()) {
                previous.continued = true;
            }
            start = end + 1;
        }
        if (headers.isEmpty()) {
            throw new InputProblem("error.chat.noMessages", label);
        }
        DateOrder chosen = order.orElseGet(() -> settle(headers, label));
        List<ChatMessage> messages = new ArrayList<>(headers.size());
        Map<String, int[]> unknown = new LinkedHashMap<>();
        for (Header h : headers) {
            messages.add(message(h, chosen, zone, label, unknown));
        }
        for (Map.Entry<String, int[]> e : unknown.entrySet()) {
            warnings.add(new ChatWarning(ChatWarning.UNKNOWN_NOTICE, e.getValue()[0], e.getKey(), e.getValue()[1]));
        }
        return new ChatExport(messages, chosen, warnings);
    }

    /** A header line's parts, kept as numbers until the date order is known. */
    private static final class Header {
        final int line;
        final String first;
        final int second;
        final String third;
        final int hour;
        final int minute;
        final int secondOfMinute;
        final Boolean pm;
        final String rest;
        final boolean markedText;
        boolean continued;

        Header(int line, String first, int second, String third, int hour, int minute, int secondOfMinute,
               Boolean pm, String rest, boolean markedText) {
            this.line = line;
            this.first = first;
            this.second = second;
            this.third = third;
            this.hour = hour;
            this.minute = minute;
            this.secondOfMinute = secondOfMinute;
            this.pm = pm;
            this.rest = rest;
            this.markedText = markedText;
        }
    }

    private static Header header(Matcher m, String raw, int line) {
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(6));
        int minute = Integer.parseInt(m.group(7));
        int seconds = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
        String marker = m.group(9) != null ? m.group(9) : m.group(5);
        Boolean pm = marker == null ? null : isAfternoon(marker);
        // With a marker, 00 and 12 both occur (00:05 a. m. and 12:05 AM are five past midnight).
        if (minute > 59 || seconds > 59 || (pm == null ? hour > 23 : hour > 12)) {
            return null;
        }
        // iOS writes its notices after the chat's name, their text opening with a left-to-right mark.
        boolean markedText = raw.contains(": \u200E");
        return new Header(line, m.group(2), Integer.parseInt(m.group(3)), m.group(4), hour, minute, seconds, pm,
                m.group(10), markedText);
    }

    private static boolean isAfternoon(String marker) {
        String m = marker.toLowerCase(Locale.ROOT).replaceAll("[ \\u00A0\\u202F]", "");
        for (String pm : PM_MARKERS.split(" ")) {
            if (m.equals(pm) || m.startsWith("p") && pm.startsWith("p")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line with digits of any script (Arabic-Indic, Persian, Devanagari, Thai...) read as ASCII digits, as
     * {@link Character#digit} reads them; the line itself when it has none, the common case, at no cost.
     */
    static String asciiDigits(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && !(line.charAt(i) > 127 && Character.isDigit(line.charAt(i)))) {
            i++;
        }
        if (i == n) {
            return line;
        }
        StringBuilder b = new StringBuilder(n).append(line, 0, i);
        for (; i < n; i++) {
            char c = line.charAt(i);
            b.append(c > 127 && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return b.toString();
    }

    /** The date order the file's own dates allow: a year first, or a first or second field over 12. */
    private static DateOrder settle(List<Header> headers, String label) {
        int maxFirst = 0;
        int maxSecond = 0;
        boolean yearFirst = false;
        for (Header h : headers) {
            if (h.first.length() > 2) {
                yearFirst = true;
            }
            maxFirst = Math.max(maxFirst, Integer.parseInt(h.first));
            maxSecond = Math.max(maxSecond, h.second);
        }
        if (yearFirst) {
            return DateOrder.YMD;
        }
        if (maxFirst > 12 && maxSecond <= 12) {
            return DateOrder.DMY;
        }
        if (maxSecond > 12 && maxFirst <= 12) {
            return DateOrder.MDY;
        }
        if (maxFirst > 12) {
            throw new InputProblem("error.chat.mixedDates", label);
        }
        throw new InputProblem("error.chat.dateOrder", label);
    }

    private static ChatMessage message(Header h, DateOrder order, ZoneId zone, String label,
                                       Map<String, int[]> unknown) {
        int first = Integer.parseInt(h.first);
        int third = Integer.parseInt(h.third);
        int year;
        int month;
        int day;
        switch (order) {
            case YMD -> {
                year = first;
                month = h.second;
                day = third;
            }
            case MDY -> {
                month = first;
                day = h.second;
                year = third;
            }
            default -> {
                day = first;
                month = h.second;
                year = third;
            }
        }
        if (year < 100) {
            year += 2000;
        } else if (year >= 2400) {
            // No Gregorian export is dated after 2400: this is the Buddhist era of a Thai phone.
            year -= BUDDHIST_ERA_OFFSET;
        }
        int hour = h.pm == null ? h.hour : h.hour % 12 + (h.pm ? 12 : 0);
        Instant time;
        try {
            time = LocalDateTime.of(year, month, day, hour, h.minute, h.secondOfMinute).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new InputProblem(e, "error.chat.badDate", label, h.line, order.id());
        }
        return classify(h, time, unknown);
    }

    /**
     * @param unknown per language guessed, the first line and the count of iOS notices in a language Vigie has no
     *                words for: filled here
     */
    private static ChatMessage classify(Header h, Instant time, Map<String, int[]> unknown) {
        String rest = h.rest;
        int colon = rest.indexOf(": ");
        if (colon < 0 && rest.endsWith(":")) {
            colon = rest.length() - 1;
        }
        if (colon <= 0) {
            // Android writes notices (group created, security code changed) without an author.
            return new ChatMessage(time, Optional.empty(), MessageKind.SYSTEM, false);
        }
        String author = rest.substring(0, colon).strip();
        String said = ChatWords.normalise(rest.substring(Math.min(rest.length(), colon + 2)));
        // The deleted markers are whole lines and media placeholders nearly so: read before the notices' words,
        // which are matched anywhere ("s'ha suprimit aquest missatge" holds Catalan's "removed").
        Optional<Boolean> deleted = ChatWords.deleted(said);
        if (deleted.isPresent() && !h.continued) {
            return new ChatMessage(time, Optional.of(author), MessageKind.DELETED, deleted.get());
        }
        if (ChatWords.media(said)) {
            return new ChatMessage(time, Optional.of(author), MessageKind.MEDIA, false);
        }
        if (h.markedText) {
            // iOS opens only its own lines with a direction mark: a notice, in a language Vigie has no words for
            // when none matched ("system: unknown"), never a text from the chat's name.
            if (!ChatWords.system(said)) {
                unknown.computeIfAbsent(ScriptGuess.language(said), k -> new int[] {h.line, 0})[1]++;
            }
            return new ChatMessage(time, Optional.empty(), MessageKind.SYSTEM, false);
        }
        return new ChatMessage(time, Optional.of(author), MessageKind.TEXT, false);
    }
}
