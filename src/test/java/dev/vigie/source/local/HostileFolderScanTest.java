package dev.vigie.source.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.backup.Inventory;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.WarningCode;
import dev.vigie.testing.TreeBuilder;
import dev.vigie.testing.TreeHash;
import dev.vigie.verify.Verifier;
import dev.vigie.verify.VerifyDepth;
import dev.vigie.verify.VerifyProgress;
import dev.vigie.verify.VerifyReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Links out of the source and pipes inside it: warned of, never followed nor opened, and the scan goes on. */
class HostileFolderScanTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path dir;

    private Inventory scan(Path root) throws IOException {
        String before = TreeHash.of(root);
        Inventory inventory = new LocalScanner().scan(root, Optional.empty(), UTC, NOW, ScanProgress.NONE);
        assertThat(TreeHash.of(root)).isEqualTo(before);
        return inventory;
    }

    @Test
    void aLinkToAFolderOutsideTheSourceIsAWarningAndNotCounted() throws IOException {
        Path outside = TreeBuilder.in(dir.resolve("elsewhere"))
                .file("passwd", 100, NOW.minusSeconds(60)).file("shadow", 100, NOW.minusSeconds(60))
                .file("deep/hosts", 100, NOW.minusSeconds(60)).build();
        Path root = TreeBuilder.in(dir.resolve("src")).file("2026-11-18/a.txt", 10, NOW.minusSeconds(60)).build();
        Files.createSymbolicLink(root.resolve("2026-11-18/etc"), outside);
        Files.createSymbolicLink(root.resolve("2026-11-18/one-file"), outside.resolve("passwd"));
        Files.createSymbolicLink(root.resolve("top"), outside);

        Inventory inv = scan(root);

        assertThat(inv.filesSeen()).isEqualTo(1);
        assertThat(inv.warnings()).extracting(ScanWarning::code, ScanWarning::path).containsExactlyInAnyOrder(
                tuple(WarningCode.LINK_OUTSIDE_SOURCE, "2026-11-18/etc"),
                tuple(WarningCode.LINK_OUTSIDE_SOURCE, "2026-11-18/one-file"),
                tuple(WarningCode.LINK_OUTSIDE_SOURCE, "top"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLinkToProcIsNeverWalked() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
        Path root = TreeBuilder.in(dir.resolve("src")).file("a.txt", 10, NOW.minusSeconds(60)).build();
        Files.createSymbolicLink(root.resolve("proc"), Path.of("/proc"));

        Inventory inv = scan(root);

        assertThat(inv.filesSeen()).isEqualTo(1);
        assertThat(inv.warnings()).extracting(ScanWarning::code).containsExactly(WarningCode.LINK_OUTSIDE_SOURCE);
    }

    @Test
    void aLinkThatStaysInsideTheSourceIsStillFollowed() throws IOException {
        Path root = TreeBuilder.in(dir.resolve("src"))
                .file("real/2026-11-18.zip", 10, NOW.minusSeconds(60))
                .file("real/sub/b.txt", 10, NOW.minusSeconds(60)).build();
        Files.createSymbolicLink(root.resolve("latest"), root.resolve("real"));
        Files.createSymbolicLink(root.resolve("real/sub/up"), root.resolve("real"));

        Inventory inv = scan(root);

        assertThat(inv.filesSeen()).isEqualTo(4);
        assertThat(inv.warnings()).extracting(ScanWarning::code, ScanWarning::path).containsExactlyInAnyOrder(
                tuple(WarningCode.SYMLINK_LOOP, "real/sub/up"), tuple(WarningCode.SYMLINK_LOOP, "latest/sub/up"));
    }

    @Test
    void verificationDoesNotFollowALinkOutOfASetFolder() throws IOException {
        Path outside = TreeBuilder.in(dir.resolve("elsewhere")).file("notes.zip", 100, NOW.minusSeconds(60)).build();
        Path root = TreeBuilder.in(dir.resolve("src")).file("2026-11-18/a.txt", 10, NOW.minusSeconds(60)).build();
        Files.createSymbolicLink(root.resolve("2026-11-18/etc"), outside);

        Inventory inv = scan(root);
        VerifyReport report = new Verifier().verify(inv, VerifyDepth.FULL, NOW, VerifyProgress.NONE);

        assertThat(report.sets()).extracting(s -> s.files()).containsExactly(1);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPipeNamedLikeAnIphoneListIsAWarningNotAHang() throws Exception {
        Path device = Files.createDirectories(dir.resolve("src/Backup/00008110"));
        Files.writeString(device.resolve("Info.plist"), "<plist><dict/></plist>");
        Files.writeString(device.resolve("Manifest.plist"), "<plist><dict/></plist>");
        Files.write(device.resolve("Manifest.db"), new byte[64]);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", device.resolve("Status.plist").toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not installed");
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");

        Inventory inv = scan(dir.resolve("src"));

        assertThat(inv.warnings()).extracting(ScanWarning::code, ScanWarning::path)
                .contains(tuple(WarningCode.UNREADABLE_PLIST, "Backup/00008110/Status.plist"));
    }
}
