package dev.vigie.health;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar date a backup tool wrote into a name: {@code msgstore-2026-11-20.1.db.crypt14},
 * {@code sauvegarde-2026-11-15.zip}, {@code 20261120-020000}, {@code 2026_11_20}, {@code 2026.11.20}.
 *
 * <p>The folder readers have a richer reader of times in names; the core cannot use the adapters, and a health check
 * only needs the day, so this one reads dates alone, with the same shapes and years.
 */
public final class DateInName {

    private static final List<Pattern> PATTERNS = List.of(
            // 2026-11-20, 2026_11_20, 2026.11.20 (also the date part of 2026-11-20T0200 or 2026-11-20-021500)
            Pattern.compile("(?<!\\d)(\\d{4})([-_.])(\\d{2})\\2(\\d{2})(?!\\d)"),
            // 20261120, alone or before a time: 20261120-020000
            Pattern.compile("(?<!\\d)(\\d{4})()(\\d{2})(\\d{2})(?!\\d)"));

    private static final int EARLIEST_YEAR = 1980;
    private static final int LATEST_YEAR = 2199;

    private DateInName() {
    }

    /** The first date a name holds, in the shapes above. */
    public static Optional<LocalDate> find(String name) {
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(name);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
                    continue;
                }
                try {
                    return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
                } catch (DateTimeException e) {
                    // digits of the right shape that are no date (2026-13-45): look further
                }
            }
        }
        return Optional.empty();
    }
}
