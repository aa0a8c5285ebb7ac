package dev.vigie.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How many files a verification reads at once: one per core, except on a spinning disk, where two readers make
 * the head seek between files and both go slower than one. A digest is sequential, so one file is never split.
 *
 * <p>The disk is found through Linux's {@code /sys/class/block/DEVICE/queue/rotational} (on a partition, its
 * disk's); elsewhere, or when the device cannot be told (a network share, a container's overlay, a virtual machine's
 * virtio or Xen disk, which reports spinning by default whatever the host's disk is), every core reads.
 */
public final class ReadLanes {

    private static final Path BLOCK = Path.of("/sys/class/block");

    private ReadLanes() {
    }

    /** The cores the JVM may use. */
    public static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The readers for a source: 1 on a spinning disk, else {@link #cores()}. */
    public static int forSource(Path source) {
        return rotational(source).orElse(false) ? 1 : cores();
    }

    /** Whether the device that holds {@code source} spins; empty when that cannot be told. */
    static Optional<Boolean> rotational(Path source) {
        try {
            FileStore store = Files.getFileStore(source);
            String device = store.name();
            if (!device.startsWith("/dev/")) {
                return Optional.empty();
            }
            String name = device.substring("/dev/".length());
            if (name.startsWith("vd") || name.startsWith("xvd")) {
                return Optional.empty(); // a virtual machine's disk says it spins by default, whatever holds it
            }
            Path block = BLOCK.resolve(name);
            for (Path flag : new Path[] {block.resolve("queue/rotational"), block.resolve("../queue/rotational")}) {
                if (Files.isRegularFile(flag)) {
                    return Optional.of(Files.readString(flag, StandardCharsets.US_ASCII).trim().equals("1"));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no way to tell: the caller reads with every core
        }
        return Optional.empty();
    }
}
