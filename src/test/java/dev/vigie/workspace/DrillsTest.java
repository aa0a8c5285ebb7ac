package dev.vigie.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.audit.AuditEntry;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillCancelledException;
import dev.vigie.drill.DrillKind;
import dev.vigie.drill.DrillOutcome;
import dev.vigie.drill.DrillPolicy;
import dev.vigie.drill.DrillProgress;
import dev.vigie.restore.DrillBackups;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.store.DrillRepository;
import dev.vigie.store.Store;
import dev.vigie.testing.TreeHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path tmp;
    private Path nas;
    private Path data;
    private Workspace workspace;

    @BeforeEach
    void nasOfWeeklyZips() throws Exception {
        nas = Files.createDirectories(tmp.resolve("nas"));
        for (int week = 0; week < 3; week++) {
            Path zip = Files.write(nas.resolve(String.format("sauvegarde-2026-11-%02d.zip", week * 7 + 1)),
                    DrillBackups.zip(week));
            Files.setLastModifiedTime(zip, FileTime.from(NOW.minus(Duration.ofDays(21 - 7L * week))));
        }
        data = tmp.resolve("data");
        workspace = new Workspace(data, new LocalScanner(), Clock.fixed(NOW, ZoneOffset.UTC), "camille");
        workspace.add("nas", nas, Optional.empty());
    }

    @Test
    void drillRestoresTheNewestZipAndIsRecordedInHistoryAndAuditLog() throws Exception {
        String before = TreeHash.of(nas);

        Drill drill = workspace.drills().run("nas", Drills.Request.latestWhole(), PARIS, NOW, DrillProgress.NONE);

        assertThat(drill.backup()).isEqualTo("sauvegarde-2026-11-15.zip");
        assertThat(drill.outcome()).isEqualTo(DrillOutcome.RESTORED);
        assertThat(drill.filesRestored()).isEqualTo(4);
        assertThat(drill.actor()).isEqualTo("camille");
        assertThat(workspace.drills().list("nas")).containsExactly(drill);
        List<AuditEntry> audit = audit();
        assertThat(audit).extracting(AuditEntry::action, AuditEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("drill", "nas"));
        assertThat(audit.get(0).details()).contains("\"backup\":\"sauvegarde-2026-11-15.zip\"", "\"outcome\":\"yes\"");
        assertThat(TreeHash.of(nas)).isEqualTo(before);
        assertThat(Files.list(data.resolve(Drills.SANDBOX_FOLDER)).toList()).as("sandbox deleted").isEmpty();
    }

    @Test
    void damagedMemberIsRecordedWithItsFinding() throws Exception {
        byte[] zip = DrillBackups.zip(9);
        Path file = nas.resolve("sauvegarde-2026-11-15.zip");
        Files.write(file, zip);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofDays(7))));
        try (var f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            long at = DrillBackups.markerOffset(zip) + 100;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0xff);
        }

        Drill drill = workspace.drills().run("nas", Drills.Request.latestWhole(), PARIS, NOW, DrillProgress.NONE);

        assertThat(drill.outcome()).isEqualTo(DrillOutcome.PARTLY);
        assertThat(workspace.drills().list("nas").get(0).findings()).extracting(Finding::code, Finding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("drill-crc-mismatch",
                        "sauvegarde-2026-11-15.zip/photos/photo.bin"));
    }

    @Test
    void cancelledDrillRecordsNothing() throws Exception {
        DrillProgress cancelAtOnce = new DrillProgress() {
            private int checks;

            @Override
            public void checking(String file) {
                checks++;
            }

            @Override
            public boolean isCancelled() {
                return checks > 0;
            }
        };

        assertThatThrownBy(() -> workspace.drills().run("nas", Drills.Request.latestWhole(), PARIS, NOW,
                cancelAtOnce)).isInstanceOf(DrillCancelledException.class);

        assertThat(workspace.drills().list("nas")).isEmpty();
        assertThat(audit()).isEmpty();
        assertThat(Files.list(data.resolve(Drills.SANDBOX_FOLDER)).toList()).isEmpty();
    }

    @Test
    void drillRefusedForLackOfRoomRecordsNothing() throws Exception {
        assertThatThrownBy(() -> workspace.drills(folder -> 0).run("nas", Drills.Request.latestWhole(), PARIS, NOW,
                DrillProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drill.noRoom"));

        assertThat(workspace.drills().list("nas")).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void sandboxInsideTheSourceIsRefused() throws Exception {
        Path inside = Files.createDirectories(nas.resolve("restore-here"));
        Drills.Request into = new Drills.Request(Optional.empty(), 100, Optional.of(inside), 0);

        assertThatThrownBy(() -> workspace.drills().run("nas", into, PARIS, NOW, DrillProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drill.intoSource"));
        assertThat(Files.list(inside).toList()).isEmpty();
    }

    @Test
    void checkWarnsWhenAnImportantSourcesRestoreWasNotTestedForNinetyDays() throws Exception {
        workspace.drills().updatePolicy("nas", p -> p.withImportant(true));
        workspace.drills().run("nas", Drills.Request.latestWhole(), PARIS, NOW, DrillProgress.NONE);

        assertThat(overdue(NOW.plus(Duration.ofDays(89)))).isEmpty();
        assertThat(overdue(NOW.plus(Duration.ofDays(94)))).containsExactly("restore-test-overdue");
        assertThat(workspace.drills().policy("nas")).isEqualTo(new DrillPolicy(true, Optional.empty(), false));
    }

    @Test
    void practiceOnTheDemoDoesNotCountAsARestoreTest() throws Exception {
        workspace.drills().updatePolicy("nas", p -> p.withImportant(true));
        try (Store store = Store.open(data)) {
            DrillRepository.Running running = store.drills().start("nas", true, null,
                    new dev.vigie.audit.AuditStamp("camille", NOW));
            store.drills().finish(running, DrillOutcome.RESTORED, "", "", "Alice", new dev.vigie.audit.AuditStamp(
                    "camille",
                    NOW.plus(Duration.ofMinutes(12))));
        }

        assertThat(workspace.drills().list("nas")).extracting(Drill::kind, Drill::practice, Drill::duration)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DrillKind.HANDS_ON, true,
                        Duration.ofMinutes(12)));
        assertThat(workspace.drills().lastTest("nas")).isEmpty();
    }

    @Test
    void checklistStatesTheLastDrillAsRecoveryTimeAndTheScheduleAsRecoveryPoint() {
        workspace.saveSettings("nas", dev.vigie.backup.SourceSettings.DEFAULTS
                .withSchedule(Optional.of("weekly sat 02:00")).withGrace(Optional.of(Duration.ofHours(12))));
        ChecklistAsk migrate = new ChecklistAsk(dev.vigie.checklist.ChecklistScenario.MIGRATE, "nas",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                dev.vigie.consent.Purpose.RESTORE_ACCESS);
        assertThat(workspace.checklists().write(migrate, NOW, PARIS).recovery().orElseThrow().recoveryTime())
                .as("no drill yet").isEmpty();

        Drill drill = workspace.drills().run("nas", Drills.Request.latestWhole(), PARIS, NOW, DrillProgress.NONE);
        var recovery = workspace.checklists().write(migrate, NOW, PARIS).recovery().orElseThrow();

        assertThat(recovery.recoveryTime()).contains(drill.duration());
        assertThat(recovery.recoveryPoint()).isEqualTo(Duration.ofDays(7));
        assertThat(recovery.worstCase()).isEqualTo(Duration.ofDays(7).plusHours(12));
    }

    private List<String> overdue(Instant at) {
        return workspace.check("nas", CheckOptions.verifying(dev.vigie.verify.VerifyDepth.QUICK), PARIS, at,
                CheckProgress.NONE).report().orElseThrow().findings().stream().map(Finding::code)
                .filter(c -> c.startsWith("restore")).toList();
    }

    private List<AuditEntry> audit() {
        try (Store store = Store.open(data)) {
            return store.audit().entries();
        }
    }
}
