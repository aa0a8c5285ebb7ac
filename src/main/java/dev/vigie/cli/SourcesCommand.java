package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.SourceNames;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import dev.vigie.drill.DrillPolicy;
import dev.vigie.i18n.Messages;
import dev.vigie.report.SourceSettingsText;
import dev.vigie.report.SourcesJson;
import dev.vigie.report.SourcesText;
import dev.vigie.schedule.Durations;
import dev.vigie.schedule.Schedules;
import dev.vigie.source.drive.DriveFolderRef;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie sources add|list|set|remove}: the folders Vigie watches. Not runnable itself, so that picocli answers a
 * missing subcommand as bad usage (exit 2).
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.SetSettings.class,
            SourcesCommand.Remove.class})
public final class SourcesCommand {

    /** {@code vigie sources add NAME PATH [--layout L]}: registers a folder under a name. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    public static final class Add implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "sources.name")
        private String name;

        @Parameters(index = "1", paramLabel = "PATH", descriptionKey = "sources.path")
        private String path;

        @Option(names = "--layout", paramLabel = "L", converter = LayoutConverter.class,
                descriptionKey = "sources.layout")
        private Layout layout;

        @Option(names = "--password-file", paramLabel = "F", descriptionKey = "sources.password-file")
        private Path passwordFile;

        @Option(names = "--password-command", paramLabel = "CMD", descriptionKey = "sources.password-command")
        private String passwordCommand;

        @Option(names = "--host", paramLabel = "H", descriptionKey = "sources.host")
        private String host;

        @Option(names = "--path", paramLabel = "P", descriptionKey = "sources.restic-path")
        private String resticPath;

        @Option(names = "--tag", paramLabel = "T", descriptionKey = "sources.tag")
        private String tag;

        @Option(names = "--prefix", paramLabel = "P", descriptionKey = "sources.prefix")
        private String prefix;

        @Spec
        private CommandSpec spec;

        public Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            // A bad name is refused before the folder is read or the database created.
            SourceNames.check(name);
            if (RepositoryLocation.isRepository(path)) {
                return addRepository();
            }
            if (passwordFile != null || passwordCommand != null || host != null || resticPath != null || tag != null
                    || prefix != null) {
                throw new InputProblem("error.repo.optionsForFolder", path);
            }
            if (DriveFolderRef.isDrive(path) || path.startsWith("https://drive.google.com/")) {
                return addDrive();
            }
            Path folder = Path.of(path).toAbsolutePath().normalize();
            // Also checks that the folder exists and can be read, with the scan's own messages.
            Layout recognised = context.scanner().recognise(folder);
            List<String> alsoAs = Targets.workspace(context).alsoWatching(folder);
            try (Store store = Store.open(context.dataDir())) {
                store.sources().add(new SourceRef(name, folder.toString(), Optional.ofNullable(layout)),
                        context.clock().instant());
            }
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (!alsoAs.isEmpty()) {
                // Allowed (two schedules on one folder can make sense), but its backups then count twice.
                spec.commandLine().getErr().println(m.get("sources.sameFolder", folder.toString(),
                        String.join(", ", alsoAs)));
            }
            out.println(m.get("sources.added", name, folder.toString()));
            out.println(layout == null ? m.get("sources.layout.recognised", recognised.id())
                    : m.get("sources.layout.fixed", layout.id()));
            out.println(m.get("sources.scanHint", name));
            out.flush();
            return ExitCode.OK;
        }

        /**
         * A restic or borg repository: listed once with the tool (a wrong password or address is said now), then kept
         * as {@code restic:REPO} or {@code borg:REPO} with the path of its password file or its password command, never
         * the password itself.
         */
        private Integer addRepository() {
            if (layout != null) {
                throw new InputProblem("error.repo.layout");
            }
            RepositoryAccess access = new RepositoryAccess(
                    Optional.ofNullable(passwordFile).map(f -> f.toAbsolutePath().normalize().toString()),
                    Optional.ofNullable(passwordCommand), Optional.ofNullable(host), Optional.ofNullable(resticPath),
                    Optional.ofNullable(tag), Optional.ofNullable(prefix));
            SourceRef ref = Targets.workspace(context).addRepository(name, path, access);
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("sources.added", name, ref.location()));
            out.println(m.get("sources.scanHint", name));
            out.flush();
            return ExitCode.OK;
        }

        /** A Drive folder: one request checks it is a folder this account sees; kept as {@code gdrive:ID}. */
        private Integer addDrive() {
            String id = context.driveScanner().folder(path);
            String location = DriveFolderRef.location(id);
            try (Store store = Store.open(context.dataDir())) {
                store.sources().add(new SourceRef(name, location, Optional.ofNullable(layout)),
                        context.clock().instant());
            }
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("sources.added", name, location));
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
            Map<String, SourceSettings> settings;
            try (Store store = Store.open(context.dataDir())) {
                sources = store.sources().list();
                settings = store.sources().allSettings();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(SourcesJson.render(sources, settings));
            } else {
                out.print(SourcesText.render(sources, settings, context.messages()));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /**
     * {@code vigie sources set NAME [--schedule S | --clear-schedule] [--zone Z] [--grace G] [--media M]
     * [--[no-]offsite]}: says how a source is backed up. Options not given keep their value; {@code auto} gives a
     * zone, a grace or a media kind back to Vigie. The schedule is stored as written: the schedule parser reads it
     * when the source is checked.
     */
    @Command(name = "set", mixinStandardHelpOptions = true)
    public static final class SetSettings implements Callable<Integer> {

        /** The word, on the command line and in the list, for a value Vigie decides. */
        private static final String AUTO = "auto";

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "source.registered")
        private String name;

        @Option(names = "--schedule", paramLabel = "S", descriptionKey = "sources.set.schedule")
        private String schedule;

        @Option(names = "--clear-schedule", descriptionKey = "sources.set.clear-schedule")
        private boolean clearSchedule;

        @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "sources.set.zone")
        private String zone;

        @Option(names = "--grace", paramLabel = "G", descriptionKey = "sources.set.grace")
        private String grace;

        @Option(names = "--media", paramLabel = "M", descriptionKey = "sources.set.media")
        private String media;

        // A Boolean, not a boolean: null when neither --offsite nor --no-offsite is given, so the value is kept.
        @Option(names = "--offsite", negatable = true, descriptionKey = "sources.set.offsite")
        private Boolean offsite;

        @Option(names = "--important", negatable = true, descriptionKey = "sources.set.important")
        private Boolean important;

        @Option(names = "--restore-test-every", paramLabel = "D", descriptionKey = "sources.set.restore-test-every")
        private String restoreTestEvery;

        @Spec
        private CommandSpec spec;

        public SetSettings(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            // Every value is read before the database is opened: bad input changes nothing.
            List<UnaryOperator<SourceSettings>> changes = changes();
            Optional<UnaryOperator<DrillPolicy>> drillChange = DrillSettingsText.change(important, restoreTestEvery);
            SourceSettings result;
            Optional<DrillPolicy> policy;
            try (Store store = Store.open(context.dataDir())) {
                policy = drillChange.map(change -> store.drills().updatePolicy(name, change));
                result = changes.isEmpty() ? store.sources().settings(name)
                        : store.sources().updateSettings(name, current -> {
                            SourceSettings changed = current;
                            for (UnaryOperator<SourceSettings> change : changes) {
                                changed = change.apply(changed);
                            }
                            return changed;
                        });
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(SourceSettingsText.render(name, result, !changes.isEmpty() || policy.isPresent(),
                    context.zone(), context.messages()));
            policy.ifPresent(p -> out.println(DrillSettingsText.render(p, context.messages())));
            out.flush();
            return ExitCode.OK;
        }

        /** One change per option given, each value already read and checked. */
        private List<UnaryOperator<SourceSettings>> changes() {
            if (schedule != null && clearSchedule) {
                throw new InputProblem("error.settings.schedule.conflict");
            }
            List<UnaryOperator<SourceSettings>> changes = new ArrayList<>();
            if (schedule != null) {
                if (schedule.isBlank()) {
                    throw new InputProblem("error.settings.schedule.blank");
                }
                // Read now, as a check would: a schedule no check can read is refused here, saying why.
                Schedules.parse(schedule, ZoneOffset.UTC, Optional.empty());
                changes.add(s -> s.withSchedule(Optional.of(schedule)));
            }
            if (clearSchedule) {
                changes.add(s -> s.withSchedule(Optional.empty()));
            }
            if (zone != null) {
                Optional<ZoneId> value = isAuto(zone) ? Optional.empty() : Optional.of(zone(zone));
                changes.add(s -> s.withZone(value));
            }
            if (grace != null) {
                Optional<Duration> value = isAuto(grace) ? Optional.empty() : Optional.of(Durations.parse(grace));
                changes.add(s -> s.withGrace(value));
            }
            if (media != null) {
                Optional<MediaKind> value = isAuto(media) ? Optional.empty() : Optional.of(MediaKind.fromId(media)
                        .orElseThrow(() -> new InputProblem("error.media", media)));
                changes.add(s -> s.withMedia(value));
            }
            if (offsite != null) {
                boolean value = offsite;
                changes.add(s -> s.withOffsite(value));
            }
            return changes;
        }

        private static boolean isAuto(String text) {
            return text.strip().equalsIgnoreCase(AUTO);
        }

        private static ZoneId zone(String text) {
            try {
                return ZoneId.of(text.strip());
            } catch (DateTimeException e) {
                throw new InputProblem("error.zone", text);
            }
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
            // Through the workspace, so that the removal is written to the audit log.
            if (!Targets.workspace(context).remove(name)) {
                throw new InputProblem("error.source.unknown", name);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get("sources.removed", name));
            out.flush();
            return ExitCode.OK;
        }
    }
}
