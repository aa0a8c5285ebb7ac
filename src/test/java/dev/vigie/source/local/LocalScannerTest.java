package dev.vigie.source.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanCancelledException;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.WarningCode;
import dev.vigie.testing.TreeBuilder;
import dev.vigie.testing.TreeHash;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalScannerTest {

    /** The real present: links and shell-made files carry the real clock, and every time here is relative. */
    private static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .plusSeconds(2);
    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path dir;

    private Inventory scan(Path root) {
        return new LocalScanner().scan(root, Optional.empty(), UTC, NOW, ScanProgress.NONE);
    }

    @Test
    void aMissingFolderIsOneClearProblem() {
        Path missing = dir.resolve("nas/backups");
        assertThatThrownBy(() -> scan(missing)).isInstanceOf(InputProblem.class)
                .satisfies(e -> {
                    InputProblem p = (InputProblem) e;
                    assertThat(p.messageKey()).isEqualTo("error.path.missing");
                    assertThat(p.args()).containsExactly(missing.toString());
                });
    }

    @Test
    void aFileWhereAFolderWasExpectedIsOneClearProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("backup.zip"), "x");
        assertThatThrownBy(() -> scan(file)).isInstanceOf(InputProblem.class)
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.path.notFolder");
    }

    @Test
    void aSymlinkLoopIsAWarningAndTheScanGoesOn() throws IOException {
        Path root = TreeBuilder.in(dir.resolve("src")).file("a/file.txt", 10, NOW.minusSeconds(60)).build();
        Files.createSymbolicLink(root.resolve("a/loop"), root.resolve("a"));

        Inventory inv = scan(root);

        assertThat(inv.backups()).singleElement().satisfies(b -> assertThat(b.fileCount()).isEqualTo(1));
        assertThat(inv.warnings()).extracting(ScanWarning::code, ScanWarning::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WarningCode.SYMLINK_LOOP, "a/loop"));
    }

    @Test
    void aLinkBackToTheScannedFolderIsALoopNotASecondCopy() throws IOException {
        Path root = TreeBuilder.in(dir.resolve("src"))
                .file("a/file.txt", 10, NOW.minusSeconds(60))
                .file("b/file.txt", 10, NOW.minusSeconds(60)).build();
        Files.createSymbolicLink(root.resolve("a/up"), root);

        Inventory inv = scan(root);

        assertThat(inv.filesSeen()).isEqualTo(2);
        assertThat(inv.warnings()).extracting(ScanWarning::code, ScanWarning::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WarningCode.SYMLINK_LOOP, "a/up"));
    }

    @Test
    void aBrokenLinkIsAWarningAndTheScanGoesOn() throws IOException {
        Path root = TreeBuilder.in(dir.resolve("src")).file("kept.txt", 10, NOW.minusSeconds(60)).build();
        Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("nowhere.txt"));

        Inventory inv = scan(root);

        assertThat(inv.backups()).extracting(b -> b.name()).containsExactly("kept.txt");
        assertThat(inv.warnings()).extracting(ScanWarning::code).containsExactly(WarningCode.BROKEN_LINK);
    }

    @Test
    void aNameThatIsNotUtf8IsAWarningAndTheFileIsStillCounted() throws Exception {
        assumeTrue(Files.exists(Path.of("/bin/sh")), "needs a POSIX shell to create a non-UTF-8 name");
        Path root = Files.createDirectories(dir.resolve("src"));
        // Java cannot spell an invalid UTF-8 name itself: let the shell write the raw byte 0xFF.
        Process p = new ProcessBuilder("/bin/sh", "-c", "printf data > \"$(printf 'bad\\377name')\"")
                .directory(root.toFile()).start();
        assertThat(p.waitFor()).isZero();

        Inventory inv = scan(root);

        assertThat(inv.backups()).singleElement().satisfies(b -> assertThat(b.sizeBytes()).isEqualTo(4));
        assertThat(inv.warnings()).extracting(ScanWarning::code).containsExactly(WarningCode.INVALID_NAME);
    }

    @Test
    void anUnreadableFolderIsAWarningAndTheScanGoesOn() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")),
                "root reads everything: an unreadable folder cannot be made here (the mapping is tested below)");
        Path root = TreeBuilder.in(dir.resolve("src"))
                .file("open/a.txt", 10, NOW.minusSeconds(60))
                .file("closed/b.txt", 10, NOW.minusSeconds(60)).build();
        Files.setPosixFilePermissions(root.resolve("closed"), PosixFilePermissions.fromString("---------"));
        try {
            Inventory inv = scan(root);
            assertThat(inv.warnings()).extracting(ScanWarning::code).contains(WarningCode.UNREADABLE);
        } finally {
            Files.setPosixFilePermissions(root.resolve("closed"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void readFailuresBecomeWarningsThatSayWhy() {
        Path root = dir;
        assertThat(FolderWalker.failure(root, dir.resolve("x"), new AccessDeniedException("x")))
                .isEqualTo(ScanWarning.of(WarningCode.UNREADABLE, "x", "permission denied"));
        assertThat(FolderWalker.failure(root, dir.resolve("y/z"), new FileSystemLoopException("y/z")).code())
                .isEqualTo(WarningCode.SYMLINK_LOOP);
    }

    @Test
    void aBackupDatedInTheFutureIsAWarning() {
        Path root = TreeBuilder.in(dir.resolve("src"))
                .file("tomorrow.txt", 10, NOW.plusSeconds(86_400))
                .file("soon.txt", 10, NOW.plusSeconds(60))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.warnings()).extracting(ScanWarning::code, ScanWarning::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WarningCode.FUTURE_TIME, "tomorrow.txt"));
    }

    @Test
    void progressCountsFilesAndCancelStopsTheScan() {
        TreeBuilder tree = TreeBuilder.in(dir.resolve("big"));
        for (int i = 0; i < 3000; i++) {
            tree.file("d" + (i % 10) + "/f" + i, 1, NOW.minusSeconds(600));
        }
        Path root = tree.build();
        List<Long> seen = new ArrayList<>();
        Inventory inv = new LocalScanner().scan(root, Optional.empty(), UTC, NOW, new ScanProgress() {
            @Override
            public void filesSeen(long count) {
                seen.add(count);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(inv.filesSeen()).isEqualTo(3000);
        assertThat(seen).isSorted().last().isEqualTo(3000L);
        assertThat(seen.size()).isGreaterThan(2);

        AtomicBoolean cancel = new AtomicBoolean();
        ScanProgress cancelling = new ScanProgress() {
            @Override
            public void filesSeen(long count) {
                cancel.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        assertThatThrownBy(() -> new LocalScanner().scan(root, Optional.empty(), UTC, NOW, cancelling))
                .isInstanceOf(ScanCancelledException.class);
    }

    @Test
    void scanningChangesNothingInTheSourceWhateverTheLayout() throws IOException {
        Path root = TreeBuilder.in(dir.resolve("all"))
                .file("WhatsApp/Databases/msgstore.db.crypt14", 100, NOW.minusSeconds(3600))
                .file("WhatsApp/Databases/msgstore-2026-11-20.1.db.crypt14", 100, NOW.minusSeconds(90_000))
                .file("nas/sauvegarde-2026-11-15.zip", 100, NOW.minusSeconds(600_000))
                .file("misc/notes.txt", 100, NOW.minusSeconds(60))
                .build();
        String before = TreeHash.of(root);

        for (Layout layout : Layout.values()) {
            new LocalScanner().scan(root, Optional.of(layout), UTC, NOW, ScanProgress.NONE);
        }
        scan(root);
        new LocalScanner().recognise(root);

        assertThat(TreeHash.of(root)).isEqualTo(before);
    }

    @Test
    void aReadOnlyTreeScansWithoutError() throws IOException {
        Path root = TreeBuilder.in(dir.resolve("ro"))
                .file("Databases/msgstore.db.crypt15", 100, NOW.minusSeconds(3600))
                .build();
        String before = TreeHash.of(root);
        setWritable(root, false);
        try {
            Inventory inv = scan(root);
            assertThat(inv.backups()).hasSize(1);
        } finally {
            setWritable(root, true);
        }
        assertThat(TreeHash.of(root)).isEqualTo(before);
    }

    private static void setWritable(Path root, boolean writable) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String perms = Files.isDirectory(p) ? (writable ? "rwx------" : "r-x------")
                        : (writable ? "rw-------" : "r--------");
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
            }
        }
    }
}
