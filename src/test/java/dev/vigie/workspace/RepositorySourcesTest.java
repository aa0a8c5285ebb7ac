package dev.vigie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.Step;
import dev.vigie.consent.Purpose;
import dev.vigie.health.ThreeTwoOneAssessment;
import dev.vigie.source.drive.DriveEndpoint;
import dev.vigie.source.drive.DriveScanner;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.source.tool.TestRepositories;
import dev.vigie.source.tool.TestRepositories.Borg;
import dev.vigie.source.tool.TestRepositories.Restic;
import dev.vigie.source.tool.ToolVersions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repositories as the use cases see them: 3-2-1 across a restic copy, the simulator's history, the checklist. */
class RepositorySourcesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId UTC = ZoneOffset.UTC;

    @TempDir
    Path dir;

    private Workspace workspace() {
        return new Workspace(dir.resolve("data"), new LocalScanner(),
                new DriveScanner(DriveEndpoint.of(dir.resolve("data"), Map.of(), Optional.empty())),
                TestRepositories.setup(dir.resolve("cache")), Clock.fixed(NOW, UTC), "tester");
    }

    private RepositoryAccess password(Path file) {
        return new RepositoryAccess(Optional.of(file.toString()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aRepositoryCopiedWithResticCopyHoldsTheSameBackupsInTwoPlaces() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path password = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Path data = TestRepositories.data(dir, "data-src", "invoices");
        Restic office = Restic.init(dir.resolve("office"), password)
                .backup(data, Instant.parse("2026-11-20T01:00:00Z"), "nas")
                .backup(data, Instant.parse("2026-11-21T01:00:00Z"), "nas");
        Restic offsite = Restic.init(dir.resolve("offsite"), password);
        office.copyTo(offsite.repo());
        Workspace workspace = workspace();
        workspace.addRepository("office", "restic:" + office.repo(), password(password));
        workspace.addRepository("offsite", "restic:" + offsite.repo(), password(password));
        workspace.scan("office", Optional.empty(), UTC, NOW, ScanProgress.NONE);
        workspace.scan("offsite", Optional.empty(), UTC, NOW, ScanProgress.NONE);

        ThreeTwoOneAssessment rule = workspace.threeTwoOne();

        assertThat(rule.copies()).isEqualTo(2);
        assertThat(rule.holders()).containsExactlyInAnyOrder("office", "offsite");
        assertThat(rule.backup().orElseThrow().time()).isEqualTo(Instant.parse("2026-11-21T01:00:00Z"));
        assertThat(workspace.simulationSource("offsite").backups()).hasSize(2);
    }

    @Test
    void aResticChecklistRestoresTheChosenSnapshotIntoANewFolder() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path password = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Path data = TestRepositories.data(dir, "docs", "v1");
        Restic repo = Restic.init(dir.resolve("repo"), password)
                .backup(data, Instant.parse("2026-11-19T01:00:00Z"), "nas")
                .backup(data, Instant.parse("2026-11-20T01:00:00Z"), "nas");
        Workspace workspace = workspace();
        workspace.addRepository("nas", "restic:" + repo.repo(), password(password));
        var inventory = workspace.scan("nas", Optional.empty(), UTC, NOW, ScanProgress.NONE);
        String chosen = inventory.backups().get(0).name();

        Checklist checklist = workspace.checklists().write(new ChecklistAsk(ChecklistScenario.RECOVER, "nas",
                Optional.empty(), Optional.of(Instant.parse("2026-11-18T12:00:00Z")),
                Optional.of(Instant.parse("2026-11-19T12:00:00Z")), Optional.empty(), Purpose.RESTORE_ACCESS),
                NOW, UTC);

        assertThat(checklist.backup().orElseThrow().name()).isEqualTo(chosen);
        Step restore = steps(checklist).stream().filter(s -> s.key().endsWith("restore.restic.restore"))
                .findFirst().orElseThrow();
        assertThat(restore.args().get(0)).isEqualTo("restic -r " + repo.repo() + " restore " + chosen
                + " --target restore-" + chosen + " --include " + data);
    }

    @Test
    void aBorgChecklistExtractsTheArchiveInANewFolder() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.BORG);
        Path password = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Borg repo = Borg.init(dir.resolve("borg"))
                .create("nas-2026-11-20", Instant.parse("2026-11-20T01:00:00Z"), TestRepositories.data(dir, "a", "x"));
        Workspace workspace = workspace();
        workspace.addRepository("nas", "borg:" + repo.repo(), password(password));
        workspace.scan("nas", Optional.empty(), UTC, NOW, ScanProgress.NONE);

        Checklist checklist = workspace.checklists().write(new ChecklistAsk(ChecklistScenario.RECOVER, "nas",
                Optional.empty(), Optional.empty(), Optional.of(Instant.parse("2026-11-20T12:00:00Z")),
                Optional.empty(), Purpose.RESTORE_ACCESS), NOW, UTC);

        Step extract = steps(checklist).stream().filter(s -> s.key().endsWith("restore.borg.extract"))
                .findFirst().orElseThrow();
        assertThat(extract.args()).startsWith("mkdir restore-nas-2026-11-20 && cd restore-nas-2026-11-20",
                "borg extract " + repo.repo() + "::nas-2026-11-20 PATH");
    }

    private static List<Step> steps(Checklist checklist) {
        return checklist.sections().stream().flatMap(s -> s.steps().stream()).toList();
    }
}
