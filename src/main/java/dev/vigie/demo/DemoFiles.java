package dev.vigie.demo;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** What the demo writers share: seeded randomness, local times, and files written with a chosen time. */
final class DemoFiles {

    /** Every demo byte derives from this, so the same "now" always gives the same files. */
    private static final long SEED = 0x5649_4749_4544_454dL;

    private DemoFiles() {
    }

    /** A random stream of its own for one kind of file on one date: the other files do not shift it. */
    static SplittableRandom random(String label, LocalDate date) {
        return new SplittableRandom(SEED ^ label.hashCode() * 0x9E37_79B9_7F4A_7C15L ^ date.toEpochDay());
    }

    static byte[] filler(SplittableRandom random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * A local time on a date. A time skipped by a daylight-saving change moves forward by the gap, as a phone's
     * alarm-driven backup would; a repeated one takes its first occurrence.
     */
    static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** Writes a new file (never over an existing one) and gives it {@code modified} as its last-modified time. */
    static void write(Path file, byte[] bytes, Instant modified) throws IOException {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    /**
     * Gives every folder under and including {@code root} the time of its newest entry, as if the entries had just
     * been written there: a folder's own time is otherwise the moment the demo ran, which differs at every run.
     */
    static void settleFolderTimes(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                FileTime newest = null;
                try (Stream<Path> children = Files.list(dir)) {
                    for (Path child : (Iterable<Path>) children::iterator) {
                        FileTime time = Files.readAttributes(child, BasicFileAttributes.class).lastModifiedTime();
                        if (newest == null || time.compareTo(newest) > 0) {
                            newest = time;
                        }
                    }
                }
                if (newest != null) {
                    Files.setLastModifiedTime(dir, newest);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
