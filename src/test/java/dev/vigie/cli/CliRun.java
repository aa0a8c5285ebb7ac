package dev.vigie.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process, as a user would from a shell, and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(Path home, Locale locale, Instant now, String... args) {
        CliContext context = new CliContext(Clock.fixed(now, ZoneOffset.UTC), ZoneId.of("Europe/Paris"), locale,
                Map.of(), "Linux", home.toString());
        CommandLine cli = Cli.create(context, args); // as the process builds it: only the verb named
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
