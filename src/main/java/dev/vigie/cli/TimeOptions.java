package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.IsoTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --now} and {@code --zone}, for every command whose answer depends on the time. */
public final class TimeOptions {

    @Option(names = "--now", paramLabel = "TIME", descriptionKey = "now")
    private String now;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "zone")
    private String zone;

    /** The zone given, else the user's. */
    ZoneId zone(CliContext context) {
        return givenZone().orElse(context.zone());
    }

    /** The zone given on the command line, if one was: it may override a source's stored zone. */
    Optional<ZoneId> givenZone() {
        return Optional.ofNullable(zone).map(TimeOptions::zoneOf);
    }

    /** A zone by its region name ({@code Europe/Paris}) or offset; a clear problem otherwise. */
    static ZoneId zoneOf(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new InputProblem("error.zone", text);
        }
    }

    /** Whether {@code --now} was given: a what-if, never the time of a recorded decision. */
    boolean nowGiven() {
        return now != null;
    }

    /** The time given, else the clock's. */
    Instant now(CliContext context) {
        return now == null ? context.clock().instant() : parseTime(now, zone(context));
    }

    /** Reads a time as ISO-8601, local forms in {@code zone}: the one reader both faces share. */
    static Instant parseTime(String text, ZoneId zone) {
        return IsoTime.parse(text, zone);
    }
}
