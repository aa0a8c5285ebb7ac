package dev.vigie.cli;

import static dev.vigie.cli.CliRunner.backupFolder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie sources add}, then {@code vigie scan NAME} twice, then {@code vigie history NAME}. */
class HistoryCommandTest {

    @TempDir
    Path tmp;

    private Path dataDir;
    private Path docs;
    private CliRunner cli;

    @BeforeEach
    void registerAFolder() throws Exception {
        dataDir = tmp.resolve("data");
        docs = Files.createDirectories(tmp.resolve("backups").resolve("docs"));
        backupFolder(docs, "compta", Instant.parse("2026-11-19T01:00:00Z"), 1_000);
        backupFolder(docs, "photos", Instant.parse("2026-11-20T01:00:00Z"), 2_500_000);
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        CliRunner.Result added = cli.run("--data-dir", dataDir.toString(), "sources", "add", "docs", docs.toString());
        assertThat(added.code()).as(added.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aSourceNeverScannedSaysHowToScanIt() {
        CliRunner.Result history = cli.run("--data-dir", dataDir.toString(), "history", "docs");

        assertThat(history.code()).isEqualTo(ExitCode.OK);
        assertThat(history.out()).isEqualTo("Source: docs (" + docs + ")\n"
                + "'docs' was never scanned. Scan it with 'vigie scan docs'.\n");
        JsonNode json = json(cli.run("--data-dir", dataDir.toString(), "history", "docs", "--json"));
        assertThat(json.get("lastScan").isNull()).isTrue();
        assertThat(json.get("backups").size()).isZero();
    }

    @Test
    void scanningTheSourceByNameRecordsWhatItFound() {
        CliRunner.Result scan = cli.run("--data-dir", dataDir.toString(), "scan", "docs");

        assertThat(scan.code()).as(scan.err()).isEqualTo(ExitCode.OK);
        JsonNode history = json(cli.run("--data-dir", dataDir.toString(), "history", "docs", "--json"));
        assertThat(history.get("source").asText()).isEqualTo("docs");
        assertThat(history.get("path").asText()).isEqualTo(docs.toString());
        assertThat(history.get("lastScan").asText()).isEqualTo("2026-11-21T09:00:00+01:00");
        assertThat(names(history)).containsExactly("compta", "photos");
        JsonNode photos = history.get("backups").get(1);
        assertThat(photos.get("time").asText()).isEqualTo("2026-11-20T02:00:00+01:00");
        assertThat(photos.get("paths").get(0).asText()).isEqualTo("photos");
        assertThat(photos.get("sizeBytes").asLong()).isEqualTo(2_500_000);
        assertThat(photos.get("fileCount").asInt()).isEqualTo(1);
        assertThat(photos.get("timeSource").asText()).isEqualTo("mtime");
        assertThat(photos.get("details").isObject()).isTrue();
        assertThat(photos.get("firstSeen").asText()).isEqualTo("2026-11-21T09:00:00+01:00");
        assertThat(photos.get("lastSeen").asText()).isEqualTo("2026-11-21T09:00:00+01:00");
        assertThat(photos.get("present").asBoolean()).isTrue();
    }

    @Test
    void aCheckWithAWhatIfNowRecordsTheRealClockNotTheFakeDate() {
        CliRunner.Result check = cli.run("--data-dir", dataDir.toString(), "check", "docs", "--now",
                "2026-12-20T10:00:00Z");
        assertThat(check.err()).doesNotContain("Unexpected");

        CliRunner.Result scan = cli.run("--data-dir", dataDir.toString(), "scan", "docs", "--now",
                "2026-12-21T10:00:00Z");
        assertThat(scan.code()).as(scan.err()).isEqualTo(ExitCode.OK);

        JsonNode history = json(cli.run("--data-dir", dataDir.toString(), "history", "docs", "--json"));
        assertThat(history.get("lastScan").asText()).isEqualTo("2026-11-21T09:00:00+01:00");
        assertThat(history.get("backups").get(0).get("firstSeen").asText()).isEqualTo("2026-11-21T09:00:00+01:00");
    }

    @Test
    void aBackupGoneFromTheFolderStaysInTheHistoryAsNoLongerPresent() throws Exception {
        scanTwiceWithPhotosReplacedByArchives();

        JsonNode history = json(cli.run("--data-dir", dataDir.toString(), "history", "docs", "--json"));

        assertThat(history.get("lastScan").asText()).isEqualTo("2026-11-22T09:00:00+01:00");
        assertThat(names(history)).containsExactly("compta", "photos", "archives");
        List<String> seen = new ArrayList<>();
        history.get("backups").forEach(b -> seen.add(b.get("name").asText() + " " + b.get("firstSeen").asText()
                + " " + b.get("lastSeen").asText() + " " + b.get("present").asBoolean()));
        assertThat(seen).containsExactly(
                "compta 2026-11-21T09:00:00+01:00 2026-11-22T09:00:00+01:00 true",
                "photos 2026-11-21T09:00:00+01:00 2026-11-21T09:00:00+01:00 false",
                "archives 2026-11-22T09:00:00+01:00 2026-11-22T09:00:00+01:00 true");
    }

    @Test
    void asATableEveryBackupIsListedOldestFirstWithTheLastScan() throws Exception {
        scanTwiceWithPhotosReplacedByArchives();

        CliRunner.Result history = cli.run("--data-dir", dataDir.toString(), "history", "docs",
                "--now", "2026-11-22T10:00");

        assertThat(history.code()).isEqualTo(ExitCode.OK);
        assertThat(history.out().lines()).containsExactly(
                "Source: docs (" + docs + ")",
                "Time                  Size  Files  First seen          Last seen           Present  Name",
                "19 Nov 2026, 02:00    1 kB      1  21 Nov 2026, 09:00  22 Nov 2026, 09:00  yes      compta",
                "20 Nov 2026, 02:00  2.5 MB      1  21 Nov 2026, 09:00  21 Nov 2026, 09:00  no       photos",
                "21 Nov 2026, 02:00   40 kB      1  22 Nov 2026, 09:00  22 Nov 2026, 09:00  yes      archives",
                "3 backups seen, 2 still present.",
                "Last scan: 22 Nov 2026, 09:00 (1 h ago).");
    }

    @Test
    void theZoneOptionShowsTimesInThatZone() throws Exception {
        scanTwiceWithPhotosReplacedByArchives();

        JsonNode history = json(cli.run("--data-dir", dataDir.toString(), "history", "docs", "--json",
                "--zone", "UTC"));

        assertThat(history.get("lastScan").asText()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(history.get("backups").get(0).get("time").asText()).isEqualTo("2026-11-19T01:00:00Z");
    }

    @Test
    void inFrenchTheTableIsInFrench() throws Exception {
        scanTwiceWithPhotosReplacedByArchives();
        CliRunner french = new CliRunner(tmp.resolve("home"), Locale.FRENCH);

        CliRunner.Result history = french.run("--data-dir", dataDir.toString(), "history", "docs",
                "--now", "2026-11-22T10:00");

        assertThat(history.out()).contains("Source : docs (", "Première observation", "Présente", "oui", "non",
                "3 sauvegardes vues, 2 encore présentes.", "Dernière analyse : 22 nov. 2026, 09:00 (il y a 1 h).");
    }

    @Test
    void aScanThatFoundNothingIsStillTheLastScan() throws Exception {
        cli.run("--data-dir", dataDir.toString(), "scan", "docs");
        deleteTree(docs.resolve("compta"));
        deleteTree(docs.resolve("photos"));

        CliRunner.Result emptyScan = cli.at(Instant.parse("2026-11-22T08:00:00Z")).run("--data-dir",
                dataDir.toString(), "scan", "docs");

        assertThat(emptyScan.code()).as("scan's own status for no backup").isEqualTo(ExitCode.PROBLEM_FOUND);
        CliRunner.Result history = cli.run("--data-dir", dataDir.toString(), "history", "docs",
                "--now", "2026-11-22T10:00");
        assertThat(history.out()).contains("2 backups seen, 0 still present.",
                "Last scan: 22 Nov 2026, 09:00 (1 h ago).");
    }

    @Test
    void theHistoryOfAnUnknownSourceIsBadInput() {
        CliRunner.Result history = cli.run("--data-dir", dataDir.toString(), "history", "ghost");

        assertThat(history.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(history.err()).startsWith("No source is named 'ghost'.");
        assertThat(history.out()).isEmpty();
    }

    @Test
    void theHelpGivesTheExitStatus() {
        CliRunner.Result help = cli.run("history", "--help");

        assertThat(help.out()).contains("Every backup set ever seen in a registered source",
                "Exit status: 0 shown, 2 no such source.", "--zone=ZONE", "--json");
    }

    /** Scan at 09:00 on the 21st, then photos leaves, archives arrives, and a scan at 09:00 on the 22nd. */
    private void scanTwiceWithPhotosReplacedByArchives() throws IOException {
        CliRunner.Result first = cli.run("--data-dir", dataDir.toString(), "scan", "docs");
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.OK);
        deleteTree(docs.resolve("photos"));
        backupFolder(docs, "archives", Instant.parse("2026-11-21T01:00:00Z"), 40_000);
        CliRunner.Result second = cli.at(Instant.parse("2026-11-22T08:00:00Z")).run("--data-dir", dataDir.toString(),
                "scan", "docs");
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCode.OK);
    }

    private static List<String> names(JsonNode history) {
        List<String> names = new ArrayList<>();
        history.get("backups").forEach(b -> names.add(b.get("name").asText()));
        return names;
    }

    private static JsonNode json(CliRunner.Result result) {
        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        try {
            return Json.mapper().readTree(result.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
