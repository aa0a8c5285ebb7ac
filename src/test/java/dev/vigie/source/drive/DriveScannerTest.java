package dev.vigie.source.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.TimeSource;
import dev.vigie.backup.WarningCode;
import dev.vigie.health.ThreeTwoOne;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drive folders listed through the real Google client against a local Drive v3 server. */
class DriveScannerTest {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String ROOT = "rootFolder0001";

    @TempDir
    Path dataDir;

    FakeDrive drive;
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        drive = new FakeDrive();
        drive.folder(ROOT, "NAS backups", null);
    }

    @AfterEach
    void stop() {
        drive.close();
    }

    DriveScanner scanner() {
        return new DriveScanner(endpoint(Optional.of("test-token")));
    }

    DriveEndpoint endpoint(Optional<String> token) {
        return new DriveEndpoint(drive.rootUrl(), token, dataDir, waits::add, 4);
    }

    Inventory scan() {
        return scanner().scan("gdrive:" + ROOT, Optional.empty(), PARIS, NOW, ScanProgress.NONE);
    }

    @Test
    void datedArchivesBecomeBackupSetsTimedByTheirNamesWithDrivesMd5() {
        drive.file("f1", "nas-2026-11-19.zip", ROOT, 1000, "aaa111", Instant.parse("2026-11-19T09:00:00Z"))
                .file("f2", "nas-2026-11-20.zip", ROOT, 1100, "bbb222", Instant.parse("2026-11-20T09:00:00Z"))
                .file("f3", "nas-2026-11-21.zip", ROOT, 1200, "ccc333", Instant.parse("2026-11-21T09:00:00Z"));

        Inventory inventory = scan();

        assertThat(inventory.source()).isEqualTo("gdrive:" + ROOT);
        assertThat(inventory.layout()).isEqualTo(Layout.DATED_SNAPSHOTS);
        assertThat(inventory.backups()).extracting(BackupSet::name)
                .containsExactly("nas-2026-11-19.zip", "nas-2026-11-20.zip", "nas-2026-11-21.zip");
        assertThat(inventory.backups()).extracting(BackupSet::sizeBytes).containsExactly(1000L, 1100L, 1200L);
        assertThat(inventory.backups().get(0).details()).containsEntry(ThreeTwoOne.MD5, "aaa111");
        assertThat(inventory.filesSeen()).isEqualTo(3);
    }

    @Test
    void undatedNamesAreTimedByModifiedTime() {
        drive.folder("d1", "laptop", ROOT)
                .file("f1", "a.bin", "d1", 10, "m1", Instant.parse("2026-11-18T10:00:00Z"))
                .file("f2", "b.bin", "d1", 20, "m2", Instant.parse("2026-11-19T10:00:00Z"));

        Inventory inventory = scan();

        assertThat(inventory.layout()).isEqualTo(Layout.GENERIC);
        BackupSet set = inventory.backups().get(0);
        assertThat(set.name()).isEqualTo("laptop");
        assertThat(set.time()).isEqualTo(Instant.parse("2026-11-19T10:00:00Z"));
        assertThat(set.timeSource()).isEqualTo(TimeSource.MTIME);
        assertThat(set.sizeBytes()).isEqualTo(30);
        assertThat(set.fileCount()).isEqualTo(2);
    }

    @Test
    void whatsAppDatabasesOnDriveAreRecognisedLikeOnAPhone() {
        drive.folder("wa", "WhatsApp Business", ROOT).folder("db", "Databases", "wa")
                .file("m0", "msgstore.db.crypt15", "db", 2000, "x0", Instant.parse("2026-11-21T01:00:10Z"))
                .file("m1", "msgstore-2026-11-20.1.db.crypt15", "db", 1900, "x1",
                        Instant.parse("2026-11-20T01:00:10Z"));

        Inventory inventory = scan();

        assertThat(inventory.layout()).isEqualTo(Layout.WHATSAPP_BUSINESS_ANDROID);
        assertThat(inventory.backups()).hasSize(2);
    }

    @Test
    void listsSubfoldersFollowsPartialAndEmptyPagesAndLeavesTrashOut() {
        drive.pageLimit(2).emptyPageFirst();
        drive.folder("d1", "2026-11-20", ROOT);
        for (int i = 0; i < 5; i++) {
            drive.file("f" + i, "part" + i + ".tar", "d1", 100, "md" + i, Instant.parse("2026-11-20T03:00:00Z"));
        }
        drive.put(new FakeDrive.Item("t1", "deleted.tar", "application/x-tar", "d1", 999L, "zz",
                Instant.parse("2026-11-20T03:00:00Z"), true, null, null));

        Inventory inventory = scan();

        assertThat(inventory.backups()).hasSize(1);
        assertThat(inventory.backups().get(0).fileCount()).isEqualTo(5);
        assertThat(inventory.backups().get(0).sizeBytes()).isEqualTo(500);
        String firstList = drive.requests().stream().filter(r -> r.startsWith("GET /drive/v3/files?")).findFirst()
                .orElseThrow();
        assertThat(firstList).contains("q='" + ROOT + "' in parents and trashed = false")
                .contains("pageSize=1000")
                .contains("fields=nextPageToken, files(id,name,mimeType,size,md5Checksum,modifiedTime,createdTime,"
                        + "parents,shortcutDetails)");
    }

    @Test
    void googleDocumentsWithoutSizeOrMd5AreFilesOfNoBytes() {
        drive.put(new FakeDrive.Item("doc", "Restore notes", FakeDrive.DOCUMENT, ROOT, null, null,
                Instant.parse("2026-11-20T12:00:00Z"), false, null, null));
        drive.file("f1", "data.zip", ROOT, 50, "m", Instant.parse("2026-11-20T12:00:00Z"));

        Inventory inventory = scan();

        assertThat(inventory.backups()).extracting(BackupSet::name).containsExactlyInAnyOrder("Restore notes",
                "data.zip");
        BackupSet doc = inventory.backups().stream().filter(b -> b.name().equals("Restore notes")).findFirst()
                .orElseThrow();
        assertThat(doc.sizeBytes()).isZero();
        assertThat(doc.details()).doesNotContainKey(ThreeTwoOne.MD5);
    }

    @Test
    void shortcutsLeadToTheirTargetsWithoutLoopingAndBrokenOnesAreWarnings() {
        drive.folder("elsewhere", "Phone exports", null)
                .file("e1", "export.zip", "elsewhere", 70, "e1md5", Instant.parse("2026-11-20T08:00:00Z"))
                .file("lone", "lone.zip", null, 33, "lonemd5", Instant.parse("2026-11-19T08:00:00Z"));
        drive.put(new FakeDrive.Item("s1", "exports", FakeDrive.SHORTCUT, ROOT, null, null,
                Instant.parse("2026-11-20T08:00:00Z"), false, "elsewhere", FakeDrive.FOLDER));
        drive.put(new FakeDrive.Item("s2", "back-to-root", FakeDrive.SHORTCUT, "elsewhere", null, null,
                Instant.parse("2026-11-20T08:00:00Z"), false, ROOT, FakeDrive.FOLDER));
        drive.put(new FakeDrive.Item("s3", "lone-link.zip", FakeDrive.SHORTCUT, ROOT, null, null,
                Instant.parse("2026-11-20T08:00:00Z"), false, "lone", "application/zip"));
        drive.put(new FakeDrive.Item("s4", "gone.zip", FakeDrive.SHORTCUT, ROOT, null, null,
                Instant.parse("2026-11-20T08:00:00Z"), false, "missing", "application/zip"));

        DriveListing listing = scanner().list("gdrive:" + ROOT, ScanProgress.NONE);

        assertThat(listing.entries()).extracting(e -> e.path())
                .containsExactly("exports", "exports/export.zip", "lone-link.zip");
        assertThat(listing.entry("lone-link.zip").orElseThrow().size()).isEqualTo(33);
        assertThat(listing.md5("lone-link.zip")).contains("lonemd5");
        assertThat(listing.warnings()).extracting(ScanWarning::code, ScanWarning::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(WarningCode.SYMLINK_LOOP, "exports/back-to-root"),
                org.assertj.core.groups.Tuple.tuple(WarningCode.BROKEN_LINK, "gone.zip"));
    }

    @Test
    void tenThousandFilesTakeAtMostElevenRequests() {
        for (int i = 0; i < 10_000; i++) {
            drive.file(String.format("file%05d", i), String.format("chunk-%05d.bin", i), ROOT, 10, "m" + i,
                    Instant.parse("2026-11-20T08:00:00Z"));
        }
        long start = System.nanoTime();
        DriveListing listing = scanner().list("gdrive:" + ROOT, ScanProgress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(listing.entries()).hasSize(10_000);
        assertThat(drive.requests()).hasSizeLessThanOrEqualTo(11);
        System.out.printf("Drive listing of 10,000 files: %d requests (%d pages), %d ms%n", drive.requests().size(),
                listing.pages(), millis);
    }

    @Test
    void manyFoldersAreListedSeveralPerQuery() {
        for (int d = 0; d < 100; d++) {
            drive.folder("dir" + d, "2026-10-" + String.format("%02d", d % 28 + 1) + "-" + d, ROOT);
            for (int i = 0; i < 100; i++) {
                drive.file("d" + d + "f" + i, "f" + i, "dir" + d, 1, null, Instant.parse("2026-11-20T08:00:00Z"));
            }
        }
        DriveListing listing = scanner().list("gdrive:" + ROOT, ScanProgress.NONE);

        assertThat(listing.entries()).hasSize(10_100);
        System.out.printf("Drive listing of 10,000 files in 100 folders: %d requests%n", drive.requests().size());
        assertThat(drive.requests()).hasSizeLessThanOrEqualTo(16);
    }

    @Test
    void aMissingFolderIsNotFoundOrNotShared() {
        assertThatThrownBy(() -> scanner().scan("gdrive:nosuchfolder1", Optional.empty(), PARIS, NOW,
                ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.drive.notFound");
                    assertThat(p.args()).containsExactly("nosuchfolder1");
                });
    }

    @Test
    void aFileIsNotAFolder() {
        drive.file("afile00001", "x.zip", ROOT, 1, "m", NOW);
        assertThatThrownBy(() -> scanner().list("afile00001", ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drive.notFolder"));
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedWithGrowingWaits() {
        drive.script(403, "application/json", ErrorBodies.RATE_LIMIT)
                .script(403, "application/json", ErrorBodies.USER_RATE_LIMIT)
                .script(503, "application/json", ErrorBodies.SERVER_ERROR);
        drive.file("f1", "x-2026-11-20.zip", ROOT, 1, "m", NOW);

        assertThat(scan().backups()).hasSize(1);
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(waits.get(1)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(waits.get(2)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5));
    }

    @Test
    void anHtml429PageIsRetriedThenGivesUpWithAClearMessage() {
        for (int i = 0; i < 4; i++) {
            drive.script(429, "text/html", ErrorBodies.HTML_429);
        }
        assertThatThrownBy(this::scan).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo("error.drive.busy");
            assertThat(p.args()).containsExactly(4, 429);
        });
        assertThat(waits).hasSize(3);
        assertThat(drive.requests()).hasSize(4);
    }

    @Test
    void insufficientPermissionsAreNotRetried() {
        drive.script(403, "application/json", ErrorBodies.PERMISSION_DENIED);
        assertThatThrownBy(this::scan).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo("error.drive.forbidden");
            assertThat(p.args()).containsExactly(ROOT, "Request had insufficient authentication scopes.");
        });
        assertThat(waits).isEmpty();
    }

    @Test
    void aRefusedEnvironmentTokenSaysAccessExpired() {
        DriveScanner withBadToken = new DriveScanner(endpoint(Optional.of("stale")));
        assertThatThrownBy(() -> withBadToken.list(ROOT, ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drive.expired"));
    }

    @Test
    void aStoredTokenIsRefreshedOnceOnA401AndTheNewOneKept() {
        drive.acceptOnly("fresh-token");
        new TokenFiles(dataDir).save(new StoredToken("client", "secret", drive.tokenUri(), "refresh-1",
                Optional.of("old-token"), Optional.of(NOW.plus(Duration.ofHours(1))), Optional.of("owner@example.com")));
        drive.file("f1", "x-2026-11-20.zip", ROOT, 1, "m", NOW);

        Inventory inventory = new DriveScanner(endpoint(Optional.empty()))
                .scan(ROOT, Optional.empty(), PARIS, NOW, ScanProgress.NONE);

        assertThat(inventory.backups()).hasSize(1);
        assertThat(drive.refreshes()).isEqualTo(1);
        assertThat(new TokenFiles(dataDir).token().orElseThrow().accessToken()).contains("fresh-token");
    }

    @Test
    void aRefreshGoogleRefusesSaysAccessExpired() {
        drive.acceptOnly("never");
        drive.refreshFails();
        new TokenFiles(dataDir).save(new StoredToken("client", "secret", drive.tokenUri(), "refresh-1",
                Optional.of("old-token"), Optional.of(NOW.plus(Duration.ofHours(1))), Optional.empty()));
        assertThatThrownBy(() -> new DriveScanner(endpoint(Optional.empty())).list(ROOT, ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drive.expired"));
    }

    @Test
    void withNeitherTokenVigieSaysToConnect() {
        assertThatThrownBy(() -> new DriveScanner(endpoint(Optional.empty())).list(ROOT, ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drive.notConnected"));
    }

    @Test
    void noServerListeningSaysDriveCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DriveScanner offline = new DriveScanner(endpoint(Optional.of("test-token"))
                .withRootUrl("http://127.0.0.1:" + closedPort + "/"));
        assertThatThrownBy(() -> offline.list(ROOT, ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drive.unreachable"));
    }

    @Test
    void aCancelledListingStops() {
        drive.file("f1", "a.zip", ROOT, 1, "m", NOW);
        ScanProgress cancelled = new ScanProgress() {
            @Override
            public void filesSeen(long count) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> scanner().list(ROOT, cancelled))
                .isInstanceOf(dev.vigie.backup.ScanCancelledException.class);
    }

    @Test
    void folderLinksAndIdsAreRead() {
        assertThat(DriveFolderRef.id("https://drive.google.com/drive/folders/1AbC_dEf-GhIjKlMn?usp=sharing"))
                .isEqualTo("1AbC_dEf-GhIjKlMn");
        assertThat(DriveFolderRef.id("https://drive.google.com/drive/u/0/folders/1AbCdEfGhIjK"))
                .isEqualTo("1AbCdEfGhIjK");
        assertThat(DriveFolderRef.id("https://drive.google.com/open?id=1AbCdEfGhIjK")).isEqualTo("1AbCdEfGhIjK");
        assertThat(DriveFolderRef.id("gdrive:1AbCdEfGhIjK")).isEqualTo("1AbCdEfGhIjK");
        assertThat(DriveFolderRef.parse("/home/me/backups")).isEmpty();
        assertThat(DriveFolderRef.parse("https://example.com/folders/1AbCdEfGhIjK")).isEmpty();
    }
}
