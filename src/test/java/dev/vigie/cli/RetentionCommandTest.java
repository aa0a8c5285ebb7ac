package dev.vigie.cli;

import static dev.vigie.cli.CliRunner.backupFolder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigie retention} over restic's {@code snapshots --json} output, piped or in a file, and over a source. */
class RetentionCommandTest {

    private static final String RESTIC = """
            [{"time":"2026-11-20T02:00:05.123456789+01:00","tree":"aa","paths":["/home"],"hostname":"nas",
              "id":"1111111111aaaa","short_id":"11111111","tags":["nightly"]},
             {"time":"2026-11-19T02:00:00+01:00","paths":["/home"],"hostname":"nas","short_id":"22222222"},
             {"time":"2026-11-19T01:00:00+01:00","paths":["/home"],"short_id":"33333333"},
             {"time":"2026-11-18T02:00:00+01:00","paths":["/home"],"short_id":"44444444","tags":["keep","nightly"]}]
            """;

    @TempDir
    Path tmp;

    private CliRun run(Locale locale, String stdin, String... args) {
        CliContext context = new CliContext(Clock.fixed(CliRunner.NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"),
                locale, Map.of(), "Linux", tmp.resolve("home").toString());
        context.setStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = Cli.create(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new CliRun(cli.execute(args), out.toString(), err.toString());
    }

    private CliRun run(String stdin, String... args) {
        return run(Locale.ENGLISH, stdin, args);
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return Json.mapper().readTree(run.out());
    }

    private static List<String> field(JsonNode array, String name) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(name).asText()));
        return values;
    }

    @Test
    void resticsOutputPipedInIsEchoedAsGivenWithTheReasons() throws Exception {
        JsonNode result = json(run(RESTIC, "retention", "--snapshots", "-", "--keep-daily", "2", "--json"));

        assertThat(field(result.get("keep"), "short_id")).containsExactly("11111111", "22222222");
        assertThat(field(result.get("remove"), "short_id")).containsExactly("33333333", "44444444");
        JsonNode first = result.get("keep").get(0);
        assertThat(first.get("time").asText()).isEqualTo("2026-11-20T02:00:05.123456789+01:00");
        assertThat(first.get("hostname").asText()).isEqualTo("nas");
        assertThat(first.get("tree").asText()).isEqualTo("aa");
        JsonNode reason = result.get("reasons").get(0);
        assertThat(reason.get("snapshot")).isEqualTo(first);
        assertThat(reason.get("matches").get(0).asText()).isEqualTo("daily snapshot");
        assertThat(reason.get("counters").get("daily").asInt()).isEqualTo(1);
        assertThat(result.get("reasons").get(1).get("counters").size()).as("zero counters left out").isZero();
    }

    @Test
    void aFileWithTagsAndSpansGivesEveryRuleItsWords() throws Exception {
        Path file = Files.writeString(tmp.resolve("snapshots.json"), RESTIC);

        JsonNode result = json(run("", "retention", "--snapshots", file.toString(), "--keep-tag", "keep",
                "--keep-within", "1d", "--keep-yearly", "unlimited", "--json"));

        assertThat(field(result.get("keep"), "short_id")).containsExactly("11111111", "44444444");
        assertThat(result.get("reasons").get(0).get("matches").toString())
                .isEqualTo("[\"within 1d\",\"yearly snapshot\"]");
        assertThat(result.get("reasons").get(1).get("matches").toString())
                .isEqualTo("[\"has tags [keep]\",\"oldest yearly snapshot\"]");
        assertThat(result.get("reasons").get(1).get("counters").get("yearly").asInt()).isEqualTo(-1);
    }

    @Test
    void asATableEverySnapshotIsListedNewestFirstKeptOrRemoved() {
        CliRun table = run(RESTIC, "retention", "--snapshots", "-", "--keep-last", "1", "--keep-weekly", "4");

        assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCode.OK);
        assertThat(table.out().lines()).containsExactly(
                "Policy: keep-last 1, keep-weekly 4",
                "Time                       Snapshot  Decision  Reasons",
                "2026-11-20 02:00:05+01:00  11111111  keep      last snapshot, weekly snapshot",
                "2026-11-19 02:00:00+01:00  22222222  remove",
                "2026-11-19 01:00:00+01:00  33333333  remove",
                "2026-11-18 02:00:00+01:00  44444444  keep      oldest weekly snapshot",
                "Snapshots kept: 2 of 4; removed: 2.");
    }

    @Test
    void aPresetGivesTheServicesRules() throws Exception {
        JsonNode icloud = json(run(RESTIC, "retention", "--snapshots", "-", "--preset", "icloud", "--json"));

        assertThat(field(icloud.get("keep"), "short_id")).containsExactly("11111111");
        CliRun both = run(RESTIC, "retention", "--snapshots", "-", "--preset", "icloud", "--keep-last", "3");
        assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(both.err()).contains("--preset icloud already sets the rules");
        JsonNode custom = json(run(RESTIC, "retention", "--snapshots", "-", "--preset", "custom", "--keep-last", "3",
                "--json"));
        assertThat(custom.get("keep").size()).isEqualTo(3);
        CliRun unknown = run(RESTIC, "retention", "--snapshots", "-", "--preset", "dropbox");
        assertThat(unknown.err()).contains("No preset is named 'dropbox'", "time-machine");
    }

    @Test
    void noRuleIsRefusedWithAnExample() {
        CliRun empty = run(RESTIC, "retention", "--snapshots", "-");

        assertThat(empty.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(empty.err().lines()).containsExactly("The retention policy has no rule, so it would keep "
                + "everything. Give at least one, for example --keep-daily 7 --keep-weekly 4, or a --preset.");
        assertThat(empty.out()).isEmpty();
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Path missing = tmp.resolve("nope.json");
        List<CliRun> runs = List.of(
                run("[{\"time\": ", "retention", "--snapshots", "-", "--keep-last", "1"),
                run("{\"time\": \"2026-11-20T02:00:00Z\"}", "retention", "--snapshots", "-", "--keep-last", "1"),
                run("[{\"paths\": [\"/home\"]}]", "retention", "--snapshots", "-", "--keep-last", "1"),
                run("[{\"time\": \"yesterday\"}]", "retention", "--snapshots", "-", "--keep-last", "1"),
                run("", "retention", "--snapshots", missing.toString(), "--keep-last", "1"),
                run(RESTIC, "retention", "--snapshots", "-", "--keep-last", "many"),
                run(RESTIC, "retention", "--snapshots", "-", "--keep-within", "2w"),
                run(RESTIC, "retention", "--keep-last", "1"));

        assertThat(runs).allSatisfy(r -> {
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().lines()).hasSize(1);
        });
        assertThat(runs.get(0).err()).startsWith("standard input is not valid JSON (line 1)");
        assertThat(runs.get(1).err()).startsWith("standard input is not a list of snapshots.");
        assertThat(runs.get(2).err()).startsWith("Snapshot 1 of standard input has no readable time ('').");
        assertThat(runs.get(3).err()).contains("('yesterday')");
        assertThat(runs.get(4).err()).startsWith("Cannot read " + missing + ": no such file.");
        assertThat(runs.get(5).err()).startsWith("--keep-last takes a number of snapshots, 0 or more, or unlimited");
        assertThat(runs.get(6).err()).startsWith("Cannot read '2w' as a span of time.");
        assertThat(runs.get(7).err()).startsWith("Give either --snapshots FILE");
    }

    @Test
    void aRegisteredSourcesHistoryIsJudgedAtTheUsersOffset() throws Exception {
        Path dataDir = tmp.resolve("data");
        Path docs = Files.createDirectories(tmp.resolve("backups").resolve("docs"));
        // 23:30 UTC on Monday is already Tuesday in Paris.
        backupFolder(docs, "monday", Instant.parse("2026-11-16T10:00:00Z"), 10);
        backupFolder(docs, "late-monday", Instant.parse("2026-11-16T23:30:00Z"), 10);
        backupFolder(docs, "tuesday", Instant.parse("2026-11-17T10:00:00Z"), 10);
        assertThat(run("", "--data-dir", dataDir.toString(), "sources", "add", "docs", docs.toString()).exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(run("", "--data-dir", dataDir.toString(), "scan", "docs").exitCode()).isEqualTo(ExitCode.OK);

        JsonNode paris = json(run("", "--data-dir", dataDir.toString(), "retention", "--source", "docs",
                "--keep-daily", "2", "--json"));
        JsonNode utc = json(run("", "--data-dir", dataDir.toString(), "retention", "--source", "docs",
                "--keep-daily", "2", "--zone", "UTC", "--json"));

        assertThat(field(paris.get("keep"), "id")).containsExactly("tuesday", "monday");
        assertThat(paris.get("remove").get(0).get("time").asText()).isEqualTo("2026-11-17T00:30+01:00");
        assertThat(field(utc.get("keep"), "id")).containsExactly("tuesday", "late-monday");
        CliRun unknown = run("", "--data-dir", dataDir.toString(), "retention", "--source", "nas", "--keep-last", "1");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).startsWith("No source is named 'nas'.");
    }

    @Test
    void inFrenchTheTableAndTheHelpAreInFrench() {
        CliRun table = run(Locale.FRENCH, RESTIC, "retention", "--snapshots", "-", "--keep-last", "1");
        CliRun help = run(Locale.FRENCH, "", "retention", "--help");

        assertThat(table.out()).contains("Politique : keep-last 1", "Instantané", "garder", "supprimer",
                "Instantanés gardés : 1 sur 4 ; supprimés : 3.");
        assertThat(help.out()).contains("Quels instantanés une politique restic forget garde",
                "Garde les N instantanés les plus récents.");
    }
}
