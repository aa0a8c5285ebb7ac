package dev.vigie.cli;

import dev.vigie.demo.DemoSource;
import dev.vigie.demo.DemoWorkspace;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie demo}: sample backups for a first look or a training session. Only a group of subcommands: without
 * one, picocli reports the missing subcommand as bad usage.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, subcommands = DemoCommand.Create.class)
public final class DemoCommand {

    /** {@code vigie demo create DIR}: writes the demo workspace and says how to register its sources. */
    @Command(name = "create", mixinStandardHelpOptions = true)
    public static final class Create implements Callable<Integer> {

        /** Arguments a shell passes through unquoted on every system. */
        private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "demo.create.dir")
        private Path dir;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Create(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant now = time.now(context);
            DemoWorkspace demo = DemoWorkspace.create(dir, now, zone);
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("demo.created", demo.folder().toString(),
                    new Formats(m).dateTime(now, zone), zone.getId()));
            for (DemoSource source : demo.sources()) {
                out.println("  " + m.get(source.descriptionKey()));
                out.println("    " + source.path());
            }
            out.println(m.get("demo.next"));
            // The command this Vigie runs as: a source build or a jar has no 'vigie' on the path.
            String vigie = Launcher.current(Create::shellArgument);
            for (DemoSource source : demo.sources()) {
                out.println("  " + vigie + " sources add " + source.name() + " "
                        + shellArgument(source.path().toString()));
            }
            out.flush();
            return ExitCode.OK;
        }

        /** A path as one shell argument, in double quotes when needed: they work in sh, cmd and PowerShell alike. */
        static String shellArgument(String text) {
            if (PLAIN.matcher(text).matches() || File.separatorChar == '\\' && PLAIN.matcher(
                    text.replace("\\", "/")).matches()) {
                return text;
            }
            // Inside double quotes a POSIX shell still expands these; Windows paths need their backslashes as is.
            String specials = File.separatorChar == '\\' ? "\"" : "\"\\$`";
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (specials.indexOf(c) >= 0) {
                    quoted.append('\\');
                }
                quoted.append(c);
            }
            return quoted.append('"').toString();
        }
    }
}
