package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The process builds only the verb it runs; what it prints must be what the whole command line would print. */
class LazyVerbsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void everyVerbIsListedUnderTheNameItsOwnAnnotationGives() {
        assertThat(VigieCommand.VERBS).hasSize(19);
        VigieCommand.VERBS.forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getName()).isEqualTo(name));
    }

    @Test
    void theVerbIsFoundAfterGlobalOptionsOnlyAndEverythingElseGetsEveryVerb() {
        CommandSpec top = new CommandLine(new VigieCommand(context(Locale.ENGLISH))).getCommandSpec();
        assertThat(Cli.verb(top, "check", "nas")).contains("check");
        assertThat(Cli.verb(top, "--data-dir", "/tmp/x", "--debug", "contacts", "list")).contains("contacts");
        assertThat(Cli.verb(top, "--data-dir=/tmp/x", "--drive-root-url", "http://127.0.0.1:1", "drive"))
                .contains("drive");
        assertThat(Cli.verb(top, "--data-dir", "check")).isEmpty(); // "check" is the folder here
        assertThat(Cli.verb(top, "--help", "check")).isEmpty();
        assertThat(Cli.verb(top, "-V")).isEmpty();
        assertThat(Cli.verb(top, "--unknown", "check")).isEmpty();
        assertThat(Cli.verb(top, "chek")).isEmpty();
        assertThat(Cli.verb(top)).isEmpty();
        assertThat(Cli.create(context(Locale.ENGLISH), "check", "nas").getSubcommands()).containsOnlyKeys("check");
    }

    @Test
    void helpErrorsAndResultsAreTheSameAsWithEveryVerbBuilt() {
        String data = dir.resolve("data").toString();
        List<String[]> lines = List.of(new String[] {"--help"}, new String[] {"--version"},
                new String[] {"chek"}, new String[] {"check", "--help"}, new String[] {"--data-dir", data, "check"},
                new String[] {"--data-dir", data, "contacts", "list"}, new String[] {"sources", "lst"},
                new String[] {"--data-dir", data, "check", "--verify", "deep", dir.toString()},
                new String[] {"simulate", "--help"}, new String[] {"--help", "check"});
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (String[] args : lines) {
                String[] lazy = execute(Cli.create(context(locale), args), args);
                String[] whole = execute(Cli.create(context(locale)), args);
                assertThat(lazy).as(locale + " " + String.join(" ", args)).containsExactly(whole);
            }
        }
    }

    private CliContext context(Locale locale) {
        return new CliContext(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"), locale, Map.of(), "Linux",
                dir.resolve("home").toString());
    }

    private static String[] execute(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
