package dev.vigie.verify;

import dev.vigie.backup.InputProblem;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How deep a verification reads: {@link #QUICK} the headers, structures and sizes (a few reads per file),
 * {@link #FULL} every checksum and CRC (every byte of the files that carry one), or {@link #sample(int) SAMPLE}: the
 * quick checks on every file plus the full checks on a share of the files that changes from day to day.
 *
 * <p>Which files a sample reads needs no stored state, as restic's {@code check --read-data-subset} and Kopia's
 * {@code snapshot verify --verify-files-percent} do it: each file gets a fixed place on a circle of a million
 * points from a hash of its path relative to the source, and the day number of {@code now} (UTC) picks an arc of
 * {@code percent} of the circle, each day's arc starting where the previous day's ended. So every file is fully
 * checked at least once in any {@link #cycleDays()} consecutive days, whatever the day the cycle starts on.
 *
 * @param mode          quick, full or sample
 * @param samplePercent for a sample, the share of files fully checked each day (1 to 100); 0 for quick, 100 for full
 */
public record VerifyDepth(Mode mode, int samplePercent) {

    /** The three depths. */
    public enum Mode { QUICK, FULL, SAMPLE }

    /** The default: headers, structures and sizes. */
    public static final VerifyDepth QUICK = new VerifyDepth(Mode.QUICK, 0);
    /** Every checksum and every CRC. */
    public static final VerifyDepth FULL = new VerifyDepth(Mode.FULL, 100);

    private static final Pattern SAMPLE = Pattern.compile("sample\\s*=\\s*(\\d{1,3})\\s*%?");
    private static final long CIRCLE = 1_000_000;
    private static final long PER_PERCENT = CIRCLE / 100;

    public VerifyDepth {
        Objects.requireNonNull(mode, "mode");
        int expected = switch (mode) {
            case QUICK -> 0;
            case FULL -> 100;
            case SAMPLE -> samplePercent;
        };
        if (samplePercent != expected || samplePercent < 0 || samplePercent > 100
                || mode == Mode.SAMPLE && samplePercent == 0) {
            throw new IllegalArgumentException("Not a depth: " + mode + " " + samplePercent + "%");
        }
    }

    /** Full checks on {@code percent} of the files each day (1 to 100), quick checks on all. */
    public static VerifyDepth sample(int percent) {
        return new VerifyDepth(Mode.SAMPLE, percent);
    }

    /**
     * Reads {@code quick}, {@code full} or {@code sample=N%} (N from 1 to 100; the {@code %} may be left out), in
     * any case and with spaces around.
     *
     * @throws InputProblem {@code error.verify.depth} with the text, when it is none of those
     */
    public static VerifyDepth parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("quick")) {
            return QUICK;
        }
        if (t.equals("full")) {
            return FULL;
        }
        Matcher m = SAMPLE.matcher(t);
        if (m.matches()) {
            int percent = Integer.parseInt(m.group(1));
            if (percent >= 1 && percent <= 100) {
                return sample(percent);
            }
        }
        throw new InputProblem("error.verify.depth", text);
    }

    /** The form {@link #parse(String)} reads: {@code quick}, {@code full}, {@code sample=10%}. */
    public String id() {
        return switch (mode) {
            case QUICK -> "quick";
            case FULL -> "full";
            case SAMPLE -> "sample=" + samplePercent + "%";
        };
    }

    /** In how many consecutive days every file is fully checked at least once: 1 for full, none for quick. */
    public int cycleDays() {
        if (mode == Mode.QUICK) {
            throw new IllegalStateException("A quick verification never reads every checksum");
        }
        return (100 + samplePercent - 1) / samplePercent;
    }

    /**
     * Whether the file at {@code path} (relative to the source, '/'-separated) gets its full checks on the UTC day
     * of {@code now}.
     */
    public boolean fullyChecks(String path, Instant now) {
        return switch (mode) {
            case QUICK -> false;
            case FULL -> true;
            case SAMPLE -> {
                long day = Math.floorDiv(now.getEpochSecond(), 86_400L);
                long width = samplePercent * PER_PERCENT;
                long start = Math.floorMod(day * width, CIRCLE);
                yield Math.floorMod(PathPlace.of(path) - start, CIRCLE) < width;
            }
        };
    }

    @Override
    public String toString() {
        return id();
    }

    /** A file's fixed place on the circle: stable across runs, machines and Java versions. */
    private static final class PathPlace {
        static long of(String path) {
            byte[] sha = Digests.sha256(path);
            long high = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                high = high << 8 | (sha[i] & 0xff);
            }
            return Long.remainderUnsigned(high, CIRCLE);
        }
    }
}
