package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = Paris.ZONE;

    @TempDir
    Path dir;


    private Path whatsApp() {
        return TreeBuilder.in(dir.resolve("WhatsApp Business/Databases"))
                .file("msgstore.db.crypt15", 2048, Paris.at("2026-11-21T02:00:31"))
                .file("wa.db.crypt15", 512, Paris.at("2026-11-21T02:00:33"))
                .file("msgstore-2026-11-20.1.db.crypt15", 2000, Paris.at("2026-11-20T02:01:00"))
                .build();
    }

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("home"), Locale.ENGLISH, NOW, args);
    }

    @Test
    void jsonFollowsTheContractScriptsRelyOn() throws Exception {
        Path root = whatsApp();

        CliRun run = run("scan", root.toString(), "--json", "--zone", "Europe/Paris");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json.get("source").asText()).isEqualTo(root.toAbsolutePath().toString());
        assertThat(json.get("layout").asText()).isEqualTo("whatsapp-business-android");
        assertThat(json.get("warnings")).isEmpty();
        JsonNode latest = json.get("backups").get(1);
        assertThat(latest.get("time").asText()).isEqualTo("2026-11-21T02:00:31+01:00");
        assertThat(latest.get("name").asText()).isEqualTo("msgstore.db.crypt15");
        assertThat(latest.get("paths")).extracting(JsonNode::asText)
                .containsExactly("msgstore.db.crypt15", "wa.db.crypt15");
        assertThat(latest.get("sizeBytes").asLong()).isEqualTo(2560);
        assertThat(latest.get("fileCount").asInt()).isEqualTo(2);
        assertThat(latest.get("timeSource").asText()).isEqualTo("mtime");
        assertThat(latest.get("details").get("role").asText()).isEqualTo("latest");
        assertThat(json.get("backups").get(0).get("time").asText()).isEqualTo("2026-11-20T02:01:00+01:00");
    }

    @Test
    void warningsInJsonCarryCodePathAndAMessage() throws Exception {
        Path root = TreeBuilder.in(dir.resolve("nas"))
                .file("sauvegarde-2026-12-25.zip", 10, Paris.at("2026-12-25T03:00"))
                .build();

        CliRun run = run("scan", root.toString(), "--json", "--layout", "dated-snapshots");

        JsonNode warning = Json.mapper().readTree(run.out()).get("warnings").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("future-time");
        assertThat(warning.get("path").asText()).isEqualTo("sauvegarde-2026-12-25.zip");
        assertThat(warning.get("message").asText()).contains("sauvegarde-2026-12-25.zip", "future");
    }

    @Test
    void theTableShowsEachBackupWithItsAgeInTheUsersLanguage() {
        Path root = whatsApp();

        CliRun english = run("scan", root.toString());
        CliRun french = CliRun.run(dir.resolve("home"), Locale.FRENCH, NOW, "scan", root.toString());

        assertThat(english.out()).contains("21 Nov 2026, 02:00", "7 h ago", "2.6 kB", "msgstore.db.crypt15",
                "2 backups");
        assertThat(french.out()).contains("il y a 7 h", "2,6 ko", "2 sauvegardes", "Âge");
    }

    @Test
    void theNowOptionDecidesAges() {
        CliRun run = run("scan", whatsApp().toString(), "--now", "2026-11-23T02:00:31+01:00");
        assertThat(run.out()).contains("2 d ago");
    }

    @Test
    void aMissingFolderIsOneLineOnStderrAndExitTwo() {
        CliRun run = run("scan", dir.resolve("absent").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).singleElement().asString()
                .contains("absent", "no such folder").doesNotContain("Exception");
    }

    @Test
    void aFileInsteadOfAFolderIsExitTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("one.zip"), "x");
        CliRun run = run("scan", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is a file, not a folder");
    }

    @Test
    void badOptionsAreExitTwoWithAHint() {
        Path root = whatsApp();
        assertThat(run("scan", root.toString(), "--layout", "tape").exitCode()).isEqualTo(2);
        assertThat(run("scan", root.toString(), "--zone", "Mars/Olympus").err()).contains("Unknown time zone");
        CliRun badTime = run("scan", root.toString(), "--now", "yesterday");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("'yesterday'", "ISO-8601");
        assertThat(run("scan").err()).contains("Try 'vigie scan --help'");
    }

    @Test
    void anEmptyFolderRanButFoundNoBackupSoExitsOne() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = run("scan", empty.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("No backup found");
    }

    @Test
    void debugShowsTheStackTraceThatIsOtherwiseHidden() {
        CliRun plain = run("scan", dir.resolve("absent").toString());
        CliRun debug = run("--debug", "scan", dir.resolve("absent").toString());
        assertThat(plain.err()).doesNotContain("at dev.vigie");
        assertThat(debug.err()).contains("at dev.vigie");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"scan", "sources", "history", "demo"}) {
            CliRun run = run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage:", "--help");
        }
        assertThat(run("--version").out()).startsWith("Vigie ");
    }
}
