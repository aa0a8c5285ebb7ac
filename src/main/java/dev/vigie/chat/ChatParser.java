package dev.vigie.chat;

import dev.vigie.backup.InputProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
 * of the Thai Buddhist era (2569 is 2026), Japanese era years ({@code R4}, {@code 令和4年}: 2022), dates written with
 * 年月日, and the time before the date. A line without a header continues the message before it; a line that looks
 * like a header in a form not read is a warning ({@link ChatWarning}), not merged. Reads the text line by line, in
 * two passes ({@link #survey}, then {@link Survey#read}), keeping only what each line needs: a file of any size in
 * constant memory. {@link ChatFiles} opens the files.
 */
public final class ChatParser {

    private static final String SPACE = "[ \\u00A0\\u202F]";
    /** Markers of the afternoon half of a 12-hour clock, after or (CJK) before the time. */
    private static final String PM_MARKERS = "p.m. pm nachm. 午後 下午 오후 م";
    private static final String MARKER = "(?i:[ap]\\.?" + SPACE + "?m\\.?|vorm\\.|nachm\\.|ص|م)";
    private static final String CJK_MARKER = "(午前|午後|上午|下午|오전|오후)";
    private static final String DATE = "(?<d1>\\d{1,4})[./-] ?(?<d2>\\d{1,2})[./-] ?(?<d3>\\d{1,4})\\.?";
    private static final String TIME = "(?:(?<cjk>" + CJK_MARKER + ")" + SPACE + "?)?"
            + "(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:[:.](?<s>\\d{2}))?"
            + "(?:" + SPACE + "?(?<mk>" + MARKER + "))?";
    private static final String AFTER = "(?:\\]" + SPACE + "?| [-\\u2013] )(?<rest>.*)$";
    private static final Pattern HEADER = Pattern.compile("^(\\[)?" + DATE
            + "(?:[,\\u060C]" + SPACE + "?|" + SPACE + ")" + TIME + AFTER);
    /** Some iOS locales write the time before the date: {@code [14:05:33, 20/11/2026] Name: text}. */
    private static final Pattern HEADER_TIME_FIRST = Pattern.compile("^(\\[)?" + TIME
            + "(?:[,\\u060C]" + SPACE + "?|" + SPACE + ")" + DATE + AFTER);
    /**
     * What looks like a header though neither form reads it: a date-like start (digits, a separator, digits; not
     * a bare time such as a continued line's "10:30 - "), a time, then {@code ]} or {@code  - } soon after. Such a
     * line is a warning, never merged into the message before.
     */
    private static final Pattern LOOKS_LIKE_HEADER = Pattern.compile(
            "^\\[?\\d{1,4}[^\\d:\\]]{1,4}\\d{1,2}[^\\]\\n]{0,40}?\\d[:.]\\d{2}[^\\]\\n]{0,20}?(?:\\]| [-\\u2013] )");
    /** Japanese era years: {@code R4/11/20}, {@code 令和4年11月20日}, {@code 平成元年...} (year 1 of the era). */
    private static final Pattern ERA =
            Pattern.compile("^(\\[)?(明治|大正|昭和|平成|令和|[MTSHR])\\.?(\\d{1,2}|元)(?=年|[./-])");
    /** Dates written with 年, 月 and 日 (Japanese, Chinese): {@code 2026年11月20日}. */
    private static final Pattern KANJI_DATE = Pattern.compile("^(\\[)?(\\d{1,4})年 ?(\\d{1,2})月 ?(\\d{1,2})日");
    /** A Thai phone writes years of the Buddhist era, 543 ahead of the Gregorian. */
    private static final int BUDDHIST_ERA_OFFSET = 543;

    /** A display name is a few dozen characters at most; WhatsApp itself cuts them at 25. */
    static final int MAX_NAME = 64;
    /** Quotes never appear in a participant's name as WhatsApp writes it, and always in notices that cite text. */
    private static final String QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB";

    private ChatParser() {
    }

    /** The longest line read whole; the rest of a longer line is skipped, so one line cannot fill the memory. */
    static final int MAX_LINE = 1 << 20;

    /** An export's text, opened once for each of the two passes. */
    @FunctionalInterface
    public interface Source {
        Reader open() throws IOException;
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
        List<ChatMessage> messages = new ArrayList<>();
        ChatSummary summary = survey(() -> new StringReader(text), order, label).read(zone, messages::add);
        return new ChatExport(messages, summary.dateOrder(), summary.warnings());
    }

    /**
     * The first of two passes over an export, in constant memory: which lines are messages, the date order, the
     * participants. {@link Survey#read} is the second, which hands each message on as it is read.
     *
     * @throws InputProblem         when no line is a message or the date order cannot be told
     * @throws UncheckedIOException when the source cannot be read
     */
    public static Survey survey(Source source, Optional<DateOrder> order, String label) {
        List<ChatWarning> warnings = new ArrayList<>();
        Set<String> named = new HashSet<>();
        int[] counts = new int[3]; // headers, the largest first field, the largest second field
        boolean[] yearFirst = new boolean[1];
        scan(source, new Visitor() {
            @Override
            public void header(Header h) {
                counts[0]++;
                if (h.first.length() > 2) {
                    yearFirst[0] = true;
                }
                counts[1] = Math.max(counts[1], Integer.parseInt(h.first));
                counts[2] = Math.max(counts[2], h.second);
                beforeColon(h.rest).filter(ChatParser::looksLikeName).ifPresent(named::add);
            }

            @Override
            public void unreadable(ChatWarning warning) {
                warnings.add(warning);
            }
        });
        if (counts[0] == 0 && !warnings.isEmpty()) {
            ChatWarning first = warnings.get(0);
            throw new InputProblem("error.chat.onlyUnreadableHeaders", label, first.line(), first.detail());
        }
        if (counts[0] == 0) {
            throw new InputProblem("error.chat.noMessages", label);
        }
        DateOrder chosen = order.orElseGet(() -> settle(yearFirst[0], counts[1], counts[2], label));
        return new Survey(source, label, chosen, participants(named), warnings);
    }

    /** What the first pass found; {@link #read} makes the second. */
    public static final class Survey {
        private final Source source;
        private final String label;
        private final DateOrder order;
        private final Set<String> participants;
        private final List<ChatWarning> unreadable;

        private Survey(Source source, String label, DateOrder order, Set<String> participants,
                       List<ChatWarning> unreadable) {
            this.source = source;
            this.label = label;
            this.order = order;
            this.participants = participants;
            this.unreadable = unreadable;
        }

        public DateOrder dateOrder() {
            return order;
        }

        /**
         * Reads the messages again, handing each to {@code sink} in file order as soon as the line after it shows
         * whether it goes on; keeps only the counts.
         *
         * @throws InputProblem         when a date does not exist
         * @throws UncheckedIOException when the source cannot be read
         */
        public ChatSummary read(ZoneId zone, Consumer<ChatMessage> sink) {
            ChatSummary.Builder summary = new ChatSummary.Builder();
            Map<String, int[]> unknown = new LinkedHashMap<>();
            scan(source, new Visitor() {
                @Override
                public void header(Header h) {
                    ChatMessage message = message(h, order, zone, label, participants, unknown);
                    summary.add(message);
                    sink.accept(message);
                }

                @Override
                public void unreadable(ChatWarning warning) {
                    // Counted by the first pass.
                }
            });
            List<ChatWarning> warnings = new ArrayList<>(unreadable);
            for (Map.Entry<String, int[]> e : unknown.entrySet()) {
                warnings.add(new ChatWarning(ChatWarning.UNKNOWN_NOTICE, e.getValue()[0], e.getKey(),
                        e.getValue()[1]));
            }
            warnings.sort(Comparator.comparingInt(ChatWarning::line));
            return summary.build(order, warnings);
        }
    }

    /** What a pass does with the lines read: a header (its continuation lines already marked), a warning. */
    private interface Visitor {
        void header(Header h);

        void unreadable(ChatWarning warning);
    }

    /**
     * Reads the source line by line (split at LF, a CR before it dropped), telling the visitor of each header once
     * the lines after it show whether it is continued.
     */
    private static void scan(Source source, Visitor visitor) {
        Matcher matcher = HEADER.matcher("");
        Matcher timeFirst = HEADER_TIME_FIRST.matcher("");
        int lineNumber = 0;
        Header previous = null;
        try (Reader reader = source.open()) {
            Lines lines = new Lines(reader);
            String raw;
            while ((raw = lines.next()) != null) {
                lineNumber++;
                String line = ChatWords.withoutMarks(raw);
                int lead = line.startsWith("[") ? 1 : 0;
                if (line.length() > lead && line.charAt(lead) > 127 && Character.isDigit(line.charAt(lead))) {
                    line = asciiDigits(line);
                }
                if (line.length() > lead + 2 && isEraOrKanji(line, lead)) {
                    line = gregorian(line);
                }
                boolean mayBeHeader = !line.isEmpty()
                        && (Character.isDigit(line.charAt(0)) || line.charAt(0) == '[');
                Header header = mayBeHeader ? header(matcher.reset(line), raw, lineNumber) : null;
                if (header == null && mayBeHeader) {
                    header = header(timeFirst.reset(line), raw, lineNumber);
                }
                Matcher looks;
                if (header != null) {
                    if (previous != null) {
                        visitor.header(previous);
                    }
                    previous = header;
                } else if (mayBeHeader && (looks = LOOKS_LIKE_HEADER.matcher(line)).lookingAt()) {
                    // A header in a form Vigie cannot read: said, with the line's start up to the author, not merged.
                    visitor.unreadable(new ChatWarning(ChatWarning.UNREADABLE_HEADER, lineNumber,
                            line.substring(0, looks.end()).strip(), 1));
                } else if (previous != null && !line.isBlank()) {
                    previous.continued = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (previous != null) {
            visitor.header(previous);
        }
    }

    /** Lines split at LF, without the CR before it; a line past {@link #MAX_LINE} characters is cut there. */
    private static final class Lines {
        private final Reader reader;
        private final char[] buffer = new char[64 * 1024];
        private final StringBuilder line = new StringBuilder();
        private int position;
        private int limit;
        private boolean ended;

        Lines(Reader reader) {
            this.reader = reader;
        }

        String next() throws IOException {
            if (ended) {
                return null;
            }
            line.setLength(0);
            while (true) {
                if (position == limit) {
                    limit = reader.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        return line.isEmpty() ? null : finish();
                    }
                }
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int room = MAX_LINE - line.length();
                if (room > 0) {
                    line.append(buffer, start, Math.min(position - start, room));
                }
                if (position < limit) {
                    position++;
                    return finish();
                }
            }
        }

        private String finish() {
            int n = line.length();
            return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
        }
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
        int hour = Integer.parseInt(m.group("h"));
        int minute = Integer.parseInt(m.group("mi"));
        int seconds = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        String marker = m.group("mk") != null ? m.group("mk") : m.group("cjk");
        Boolean pm = marker == null ? null : isAfternoon(marker);
        // With a marker, 00 and 12 both occur (00:05 a. m. and 12:05 AM are five past midnight).
        if (minute > 59 || seconds > 59 || (pm == null ? hour > 23 : hour > 12)) {
            return null;
        }
        // iOS writes its notices after the chat's name, their text opening with a left-to-right mark.
        boolean markedText = raw.contains(": \u200E");
        return new Header(line, m.group("d1"), Integer.parseInt(m.group("d2")), m.group("d3"), hour, minute, seconds,
                pm, m.group("rest"), markedText);
    }

    /** Whether the line opens with a Japanese era ({@code R4}, {@code 令和4年}) or a date written with 年. */
    private static boolean isEraOrKanji(String line, int lead) {
        char c = line.charAt(lead);
        if ("MTSHR明大昭平令".indexOf(c) >= 0) {
            return true;
        }
        int year = line.indexOf('年', lead);
        return year > lead && year <= lead + 4 && Character.isDigit(c);
    }

    /**
     * The line with a Japanese era year as its Gregorian year (令和4 and R4 are 2022: the era's first year plus 3) and
     * a date written {@code 2022年11月20日} as {@code 2022/11/20}; the line itself when neither applies.
     */
    static String gregorian(String line) {
        Matcher era = ERA.matcher(line);
        if (era.lookingAt()) {
            int year = era.group(3).equals("元") ? 1 : Integer.parseInt(era.group(3));
            int gregorian = eraStart(era.group(2)) + year - 1;
            line = (era.group(1) == null ? "" : "[") + gregorian + line.substring(era.end());
        }
        Matcher kanji = KANJI_DATE.matcher(line);
        if (kanji.lookingAt()) {
            line = (kanji.group(1) == null ? "" : "[") + kanji.group(2) + "/" + kanji.group(3) + "/" + kanji.group(4)
                    + line.substring(kanji.end());
        }
        return line;
    }

    /** The Gregorian year each Japanese era began in, by name or by its initial. */
    private static int eraStart(String era) {
        return switch (era) {
            case "明治", "M" -> 1868;
            case "大正", "T" -> 1912;
            case "昭和", "S" -> 1926;
            case "平成", "H" -> 1989;
            default -> 2019; // 令和, R
        };
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
    private static DateOrder settle(boolean yearFirst, int maxFirst, int maxSecond, String label) {
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

    /** What comes before the first {@code ": "} of a header's text (or a final ":"); empty when nothing does. */
    private static Optional<String> beforeColon(String rest) {
        int colon = rest.indexOf(": ");
        if (colon < 0 && rest.endsWith(":")) {
            colon = rest.length() - 1;
        }
        return colon <= 0 ? Optional.empty() : Optional.of(rest.substring(0, colon).strip());
    }

    /**
     * The chat's participants: the names before {@code ": "} that look like a name (at most
     * {@value #MAX_NAME} characters, no quotes, no control characters) and are not a participant's name followed by
     * more words ("Anna changed the group description to: ..." is a notice by Anna, not a message by a person of
     * that name). Anything else before a colon is a notice's text, and is never kept as an author.
     */
    private static Set<String> participants(Set<String> named) {
        Set<String> participants = new HashSet<>();
        for (String name : named) {
            boolean notice = false;
            for (int space = name.indexOf(' '); space > 0 && !notice; space = name.indexOf(' ', space + 1)) {
                notice = named.contains(name.substring(0, space));
            }
            if (!notice) {
                participants.add(name);
            }
        }
        return participants;
    }

    private static boolean looksLikeName(String text) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_NAME) {
            return false;
        }
        return text.chars().noneMatch(c -> QUOTES.indexOf(c) >= 0 || Character.isISOControl(c));
    }

    private static ChatMessage message(Header h, DateOrder order, ZoneId zone, String label,
                                       Set<String> participants, Map<String, int[]> unknown) {
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
        return classify(h, time, participants, unknown);
    }

    /**
     * @param unknown per language guessed, the first line and the count of iOS notices in a language Vigie has no
     *                words for: filled here
     */
    private static ChatMessage classify(Header h, Instant time, Set<String> participants,
                                        Map<String, int[]> unknown) {
        String rest = h.rest;
        Optional<String> before = beforeColon(rest);
        if (before.isEmpty() || !participants.contains(before.get())) {
            // Android writes notices (group created, security code changed) without an author; a notice's own text
            // before a colon ("Anna changed the subject from "Team" to "SECRET: ...") is not an author either.
            return new ChatMessage(time, Optional.empty(), MessageKind.SYSTEM, false);
        }
        String author = before.get();
        int colon = rest.indexOf(": ") < 0 ? rest.length() - 1 : rest.indexOf(": ");
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
