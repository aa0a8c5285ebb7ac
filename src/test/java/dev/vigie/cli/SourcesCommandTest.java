package dev.vigie.cli;

import static dev.vigie.cli.CliRunner.backupFolder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesCommandTest {

    @TempDir
    Path tmp;

    private Path dataDir;
    private Path docs;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        dataDir = tmp.resolve("data");
        docs = Files.createDirectories(tmp.resolve("backups").resolve("docs"));
        backupFolder(docs, "compta", Instant.parse("2026-11-19T01:00:00Z"), 1_000);
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
    }

    @Test
    void addingAFolderStoresItsAbsolutePathAndSaysWhichLayoutItRecognised() throws Exception {
        String relative = Path.of("").toAbsolutePath().relativize(docs).toString();

        CliRunner.Result added = cli.run("--data-dir", dataDir.toString(), "sources", "add", "docs", relative);

        assertThat(added.code()).as(added.err()).isEqualTo(ExitCode.OK);
        assertThat(added.out()).isEqualTo(String.join(System.lineSeparator(),
                "Added the source 'docs': " + docs,
                "Layout: generic (recognised now, and again at each scan).",
                "Scan it with 'vigie scan docs'; every scan is kept in its history.", ""));
        JsonNode listed = json(cli.run("--data-dir", dataDir.toString(), "sources", "list", "--json"));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("docs");
        assertThat(listed.get(0).get("path").asText()).isEqualTo(docs.toString());
        assertThat(listed.get(0).get("layout").isNull()).as("recognised at each scan").isTrue();
    }

    @Test
    void aFixedLayoutIsListedAsGivenAndARecognisedOneAsAuto() throws Exception {
        Path phone = Files.createDirectories(tmp.resolve("phone"));
        cli.run("--data-dir", dataDir.toString(), "sources", "add", "docs", docs.toString());

        CliRunner.Result added = cli.run("--data-dir", dataDir.toString(), "sources", "add", "phone",
                phone.toString(), "--layout", "whatsapp-android");

        assertThat(added.code()).as(added.err()).isEqualTo(ExitCode.OK);
        assertThat(added.out()).contains("Layout: whatsapp-android (fixed).");
        CliRunner.Result list = cli.run("--data-dir", dataDir.toString(), "sources", "list");
        assertThat(list.code()).isEqualTo(ExitCode.OK);
        assertThat(list.out().lines()).containsExactly(
                "Name   Layout            Schedule  Media  Path",
                "docs   auto              auto      auto   " + docs,
                "phone  whatsapp-android  auto      auto   " + phone);
        JsonNode listed = json(cli.run("--data-dir", dataDir.toString(), "sources", "list", "--json"));
        assertThat(listed.get(1).get("layout").asText()).isEqualTo("whatsapp-android");
    }

    @Test
    void anEmptyListSaysHowToAddASource() {
        CliRunner.Result list = cli.run("--data-dir", dataDir.toString(), "sources", "list");

        assertThat(list.code()).isEqualTo(ExitCode.OK);
        assertThat(list.out()).isEqualTo("No source registered. Add one with 'vigie sources add NAME PATH'.\n");
        assertThat(json(cli.run("--data-dir", dataDir.toString(), "sources", "list", "--json")).size()).isZero();
    }

    @Test
    void aNameAlreadyTakenIsBadInput() {
        cli.run("--data-dir", dataDir.toString(), "sources", "add", "docs", docs.toString());

        CliRunner.Result again = cli.run("--data-dir", dataDir.toString(), "sources", "add", "docs",
                tmp.toString());

        assertThat(again.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).startsWith("A source named 'docs' already exists. Choose another name");
        assertThat(cli.run("--data-dir", dataDir.toString(), "sources", "list").out()).doesNotContain(tmp + "\n");
    }

    @Test
    void aMissingFolderIsBadInputAndNothingIsCreated() {
        Path missing = tmp.resolve("unplugged-drive");

        CliRunner.Result added = cli.run("--data-dir", dataDir.toString(), "sources", "add", "nas",
                missing.toString());

        assertThat(added.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(added.err()).startsWith(missing + ": no such folder.");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aFileInsteadOfAFolderIsBadInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");

        CliRunner.Result added = cli.run("--data-dir", dataDir.toString(), "sources", "add", "notes",
                file.toString());

        assertThat(added.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(added.err()).contains("is a file, not a folder");
    }

    @Test
    void aNameThatReadsAsAPathIsBadInput() {
        CliRunner.Result added = cli.run("--data-dir", dataDir.toString(), "sources", "add", "backups/docs",
                docs.toString());

        assertThat(added.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(added.err()).startsWith("'backups/docs' cannot name a source");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void anUnknownLayoutIsBadUsage() {
        CliRunner.Result added = cli.run("--data-dir", dataDir.toString(), "sources", "add", "docs",
                docs.toString(), "--layout", "floppy");

        assertThat(added.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(added.err()).contains("'floppy' is not a layout");
    }

    @Test
    void removingASourceForgetsIt() {
        cli.run("--data-dir", dataDir.toString(), "sources", "add", "docs", docs.toString());

        CliRunner.Result removed = cli.run("--data-dir", dataDir.toString(), "sources", "remove", "docs");

        assertThat(removed.code()).isEqualTo(ExitCode.OK);
        assertThat(removed.out()).startsWith("Removed the source 'docs' and its history.");
        assertThat(docs).isDirectory();
        assertThat(cli.run("--data-dir", dataDir.toString(), "sources", "list").out()).startsWith("No source");
    }

    @Test
    void removingAnUnknownSourceIsBadInput() {
        CliRunner.Result removed = cli.run("--data-dir", dataDir.toString(), "sources", "remove", "ghost");

        assertThat(removed.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(removed.err()).startsWith("No source is named 'ghost'. See 'vigie sources list'");
    }

    @Test
    void sourcesWithoutAnActionIsBadUsage() {
        CliRunner.Result bare = cli.run("--data-dir", dataDir.toString(), "sources");

        assertThat(bare.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bare.err()).contains("Try 'vigie sources --help'.");
    }

    @Test
    void aDamagedDatabaseIsBadInputWithWhatToDo() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("vigie.db"), "these are not the pages you are looking for");

        CliRunner.Result list = cli.run("--data-dir", dataDir.toString(), "sources", "list");

        assertThat(list.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(list.err()).startsWith("The database " + dataDir.resolve("vigie.db") + " is damaged");
    }

    @Test
    void theHelpOfAnActionSaysWhatItDoesAndItsExitStatus() {
        CliRunner.Result help = cli.run("sources", "add", "--help");

        assertThat(help.code()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("Register a folder to watch", "Exit status: 0 added, 2 bad input",
                "Fix the layout instead of recognising it");
    }

    @Test
    void inFrenchTheListAndTheHelpAreInFrench() {
        CliRunner french = new CliRunner(tmp.resolve("home"), Locale.FRENCH);

        assertThat(french.run("--data-dir", dataDir.toString(), "sources", "list").out())
                .isEqualTo("Aucune source enregistrée. Ajoutez-en une avec 'vigie sources add NOM CHEMIN'.\n");
        assertThat(french.run("sources", "remove", "--help").out())
                .contains("Oublie une source et tout son historique", "Le nom d'une source enregistrée.");
    }

    private static JsonNode json(CliRunner.Result result) {
        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        try {
            return Json.mapper().readTree(result.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }
}
