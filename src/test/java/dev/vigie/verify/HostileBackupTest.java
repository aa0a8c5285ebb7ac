package dev.vigie.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.TimeSource;
import dev.vigie.testing.TreeHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files made to hang, crash or fool a verification: each is a finding, and the rest is still checked. */
class HostileBackupTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path root;

    private Path write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static BackupSet set(String name, String... paths) {
        return new BackupSet(NOW, name, List.of(paths), 0, paths.length, TimeSource.MTIME, Map.of());
    }

    private List<Finding> verify(VerifyDepth depth, BackupSet... sets) throws IOException {
        String before = TreeHash.of(root);
        VerifyReport report = new Verifier().verify(root, List.of(sets), depth, NOW, VerifyProgress.NONE);
        assertThat(TreeHash.of(root)).as("the source after verification").isEqualTo(before);
        return report.findings();
    }

    private void mkfifo(Path path) throws Exception {
        Files.createDirectories(path.getParent());
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not installed: a pipe cannot be made here");
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed here");
    }

    // --- 1: pipes, sockets, devices ---

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPipeWhereABackupFileIsExpectedIsAFindingAndNeverOpened() throws Exception {
        mkfifo(root.resolve("2026-11-18.zip"));
        mkfifo(root.resolve("daily/2026-11-19/msgstore.db.crypt15"));
        mkfifo(root.resolve("daily/2026-11-19/SHA256SUMS"));
        write("2026-11-17.zip", BackupFiles.zip(1));

        List<Finding> findings = verify(VerifyDepth.FULL, set("a", "2026-11-18.zip"), set("b", "daily/2026-11-19"),
                set("c", "2026-11-17.zip"));

        assertThat(findings).extracting(Finding::code, Finding::path).containsExactlyInAnyOrder(
                tuple("not-regular-file", "2026-11-18.zip"),
                tuple("not-regular-file", "daily/2026-11-19/SHA256SUMS"),
                tuple("not-regular-file", "daily/2026-11-19/msgstore.db.crypt15"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPipeNamedLikeAnIphoneListIsNotOpened() throws Exception {
        Path device = Files.createDirectories(root.resolve("Backup/00008110"));
        mkfifo(device.resolve("Status.plist"));
        mkfifo(device.resolve("Manifest.db"));
        write("Backup/00008110/Info.plist", "<plist><dict/></plist>".getBytes(StandardCharsets.UTF_8));
        write("Backup/00008110/Manifest.plist", "<plist><dict/></plist>".getBytes(StandardCharsets.UTF_8));

        List<Finding> findings = verify(VerifyDepth.FULL, set("a", "Backup/00008110"));

        assertThat(findings).extracting(Finding::path).contains("Backup/00008110/Status.plist",
                "Backup/00008110/Manifest.db");
    }

    // --- 2: property lists nested to blow the parser's stack ---

    @Test
    void aPropertyListOfThousandsOfNestedArraysIsACorruptFileNotACrash() throws Exception {
        String deep = "<?xml version=\"1.0\"?><plist>" + "<array>".repeat(5_000) + "</array>".repeat(5_000)
                + "</plist>";
        byte[] nestedBinary = nestedBinaryPlist(20_000);
        Path device = Files.createDirectories(root.resolve("Backup/00008110"));
        write("Backup/00008110/Status.plist", deep.getBytes(StandardCharsets.UTF_8));
        write("Backup/00008110/Info.plist", nestedBinary);
        write("Backup/00008110/Manifest.plist", "<plist><dict/></plist>".getBytes(StandardCharsets.UTF_8));
        write("Backup/00008110/Manifest.db", BackupFiles.random(4096, 3));

        List<Finding> findings = verify(VerifyDepth.QUICK, set("a", "Backup/00008110"));

        assertThat(device).isDirectory();
        assertThat(findings).filteredOn(f -> f.code().equals("corrupt-plist")).extracting(Finding::path)
                .contains("Backup/00008110/Status.plist", "Backup/00008110/Info.plist");
        assertThat(findings).filteredOn(f -> f.path().endsWith("Status.plist")).extracting(Finding::args)
                .containsExactly(List.of("nested more than 64 levels deep"));
    }

    /** A binary list of {@code depth} arrays, each holding the next: one byte of object table each. */
    private static byte[] nestedBinaryPlist(int depth) {
        // Objects 0..depth-1: array of one element (the next object); the last is an empty array. 2-byte refs.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("bplist00".getBytes(StandardCharsets.US_ASCII));
        long[] offsets = new long[depth];
        for (int i = 0; i < depth; i++) {
            offsets[i] = out.size();
            if (i == depth - 1) {
                out.write(0xA0);
            } else {
                out.write(0xA1);
                out.write((i + 1) >> 8 & 0xff);
                out.write((i + 1) & 0xff);
            }
        }
        long tableAt = out.size();
        for (long offset : offsets) {
            out.write((int) (offset >> 16) & 0xff);
            out.write((int) (offset >> 8) & 0xff);
            out.write((int) offset & 0xff);
        }
        ByteBuffer trailer = ByteBuffer.allocate(32).order(ByteOrder.BIG_ENDIAN);
        trailer.put(new byte[6]).put((byte) 3).put((byte) 2).putLong(depth).putLong(0).putLong(tableAt);
        out.writeBytes(trailer.array());
        return out.toByteArray();
    }

    // --- 4: decompression bombs ---

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aZipWhoseEntriesShareOneDeflatedStreamIsCorruptWithoutInflatingThem() throws Exception {
        write("bomb.zip", overlappingZip(200, 8 << 20));

        List<Finding> quick = verify(VerifyDepth.QUICK, set("a", "bomb.zip"));
        List<Finding> full = verify(VerifyDepth.FULL, set("a", "bomb.zip"));

        assertThat(quick).extracting(Finding::code).containsExactly("corrupt-archive");
        assertThat(full).extracting(Finding::code).containsExactly("corrupt-archive");
        assertThat(full.get(0).args().get(0)).startsWith("overlapping entries");
    }

    @Test
    void anEntryThatInflatesToMoreThanItsDeclaredSizeStopsThere() throws Exception {
        byte[] zip = overlappingZip(1, 4 << 20);
        // The one entry says 1 MiB in both headers; its data inflates to 4 MiB.
        patchSizes(zip, 1 << 20);
        write("big.zip", zip);

        List<Finding> full = verify(VerifyDepth.FULL, set("a", "big.zip"));

        assertThat(full).extracting(Finding::code).containsExactly("corrupt-archive");
        assertThat(full.get(0).args().get(0)).contains("more than its declared 1048576 bytes");
    }

    @Test
    void aLegitimatelyHighlyCompressedArchiveStillVerifies() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < 3; i++) {
                zip.putNextEntry(new ZipEntry("zeros-" + i + ".bin"));
                zip.write(new byte[32 << 20]);
                zip.closeEntry();
            }
        }
        write("zeros.zip", bytes.toByteArray());

        assertThat(verify(VerifyDepth.FULL, set("a", "zeros.zip"))).isEmpty();
    }

    /**
     * A ZIP of {@code entries} central-directory entries that all point at one local header and its deflated
     * stream of {@code size} zeros: the overlapping-entry bomb.
     */
    static byte[] overlappingZip(int entries, int size) {
        byte[] data = new byte[size];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[size / 100 + 1024];
        int compressed = deflater.deflate(buffer);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] name = "a".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(30 + name.length + compressed + entries * (46 + 8) + 22)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8).putInt(0)
                .putInt((int) crc.getValue()).putInt(compressed).putInt(size).putShort((short) name.length)
                .putShort((short) 0).put(name).put(buffer, 0, compressed);
        int directoryAt = out.position();
        for (int i = 0; i < entries; i++) {
            byte[] entryName = String.format("e%06d", i).getBytes(StandardCharsets.US_ASCII);
            out.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                    .putShort((short) 8).putInt(0).putInt((int) crc.getValue()).putInt(compressed).putInt(size)
                    .putShort((short) entryName.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(0).put(entryName);
        }
        int directorySize = out.position() - directoryAt;
        out.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                .putShort((short) entries).putInt(directorySize).putInt(directoryAt).putShort((short) 0);
        return Arrays.copyOf(out.array(), out.position());
    }

    /** Sets the uncompressed size in the local header and in the (single) central-directory entry. */
    private static void patchSizes(byte[] zip, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(22, size);
        for (int i = 30; i + 4 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, size);
                return;
            }
        }
        throw new IllegalStateException("no central directory");
    }

    // --- 5: tars that look empty ---

    @Test
    void aTarWhoseFirstHeaderIsZeroedIsCorruptNotEmpty() throws Exception {
        byte[] tar = BackupFiles.tar(5, false);
        Arrays.fill(tar, 0, 512, (byte) 0);
        write("zeroed.tar", tar);

        assertThat(verify(VerifyDepth.QUICK, set("a", "zeroed.tar"))).extracting(Finding::code, Finding::args)
                .containsExactly(tuple("corrupt-archive", List.of("data after the end-of-archive marker at byte 0")));
        assertThat(verify(VerifyDepth.FULL, set("a", "zeroed.tar"))).extracting(Finding::code)
                .containsExactly("corrupt-archive");
    }

    @Test
    void aLargeTarOfNothingButZerosIsCorruptAndNotReadThrough() throws Exception {
        Path tar = root.resolve("zeros.tar");
        try (var channel = java.nio.channels.FileChannel.open(tar, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(ByteBuffer.wrap(new byte[1]), (64L << 20) - 1); // 64 MiB of zeros, sparse
        }

        List<Finding> findings = verify(VerifyDepth.QUICK, set("a", "zeros.tar"));

        assertThat(findings).extracting(Finding::code, Finding::args).containsExactly(tuple("corrupt-archive",
                List.of((64L << 20) + " bytes after the end-of-archive marker at byte 0")));
    }

    @Test
    void anEmptyTarAsTarWritesItStillPasses() throws Exception {
        write("empty.tar", new byte[10_240]);
        write("normal.tar", BackupFiles.tar(6, false));

        assertThat(verify(VerifyDepth.FULL, set("a", "empty.tar"), set("b", "normal.tar"))).isEmpty();
    }
}
