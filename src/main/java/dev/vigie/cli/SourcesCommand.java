package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.SourceNames;
import dev.vigie.backup.SourceRef;
import dev.vigie.i18n.Messages;
import dev.vigie.report.SourcesJson;
import dev.vigie.report.SourcesText;
import dev.vigie.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie sources add|list|remove}: the folders Vigie watches. Not runnable itself, so that picocli answers a
 * missing subcommand as bad usage (exit 2).
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class})
public final class SourcesCommand {

    /** {@code vigie sources add NAME PATH [--layout L]}: registers a folder under a name. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    public static final class Add implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "sources.name")
        private String name;

        @Parameters(index = "1", paramLabel = "PATH", descriptionKey = "sources.path")
        private Path path;

        @Option(names = "--layout", paramLabel = "L", converter = LayoutConverter.class,
                descriptionKey = "sources.layout")
        private Layout layout;

        @Spec
        private CommandSpec spec;

        public Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            // A bad name is refused before the folder is read or the database created.
            SourceNames.check(name);
            Path folder = path.toAbsolutePath().normalize();
            // Also checks that the folder exists and can be read, with the scan's own messages.
            Layout recognised = context.scanner().recognise(folder);
            try (Store store = Store.open(context.dataDir())) {
                store.sources().add(new SourceRef(name, folder.toString(), Optional.ofNullable(layout)),
                        context.clock().instant());
            }
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("sources.added", name, folder.toString()));
            out.println(layout == null ? m.get("sources.layout.recognised", recognised.id())
                    : m.get("sources.layout.fixed", layout.id()));
            out.println(m.get("sources.scanHint", name));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie sources list [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListSources implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Spec
        private CommandSpec spec;

        public ListSources(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<SourceRef> sources;
            try (Store store = Store.open(context.dataDir())) {
                sources = store.sources().list();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(SourcesJson.render(sources));
            } else {
                out.print(SourcesText.render(sources, context.messages()));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie sources remove NAME}: forgets a source and its history; the folder is not touched. */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    public static final class Remove implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "source.registered")
        private String name;

        @Spec
        private CommandSpec spec;

        public Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            boolean removed;
            try (Store store = Store.open(context.dataDir())) {
                removed = store.sources().remove(name);
            }
            if (!removed) {
                throw new InputProblem("error.source.unknown", name);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get("sources.removed", name));
            out.flush();
            return ExitCode.OK;
        }
    }
}
