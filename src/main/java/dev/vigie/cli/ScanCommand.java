package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.SourceRef;
import dev.vigie.i18n.Formats;
import dev.vigie.report.InventoryJson;
import dev.vigie.report.InventoryText;
import dev.vigie.source.drive.DriveFolderRef;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.store.Store;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie scan PATH|NAME}: lists the backup sets of a folder, and records them when it is a registered source. */
@Command(name = "scan", mixinStandardHelpOptions = true)
public final class ScanCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "PATH|NAME", descriptionKey = "scan.target")
    private String target;

    @Option(names = "--layout", paramLabel = "L", converter = LayoutConverter.class, descriptionKey = "layout")
    private Layout layout;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Mixin
    private TimeOptions time;

    @Spec
    private CommandSpec spec;

    public ScanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ZoneId zone = time.zone(context);
        Instant now = time.now(context);
        Inventory inventory;
        Optional<SourceRef> source = registeredSource();
        if (source.isEmpty() && DriveFolderRef.isDrive(target)) {
            inventory = context.driveScanner().scan(target, Optional.ofNullable(layout), zone, now, ScanProgress.NONE);
        } else if (source.isEmpty() && RepositoryLocation.isRepository(target)) {
            // Not registered: opened with the password the user's environment gives, nothing recorded.
            inventory = workspace().testRepository(target, RepositoryAccess.DEFAULTS, ScanProgress.NONE);
        } else if (source.isPresent()) {
            inventory = workspace().scan(source.get().name(), Optional.ofNullable(layout), zone, now,
                    ScanProgress.NONE);
        } else {
            inventory = context.scanner().scan(Path.of(target), Optional.ofNullable(layout), zone, now,
                    ScanProgress.NONE);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(InventoryJson.render(inventory, zone, context.messages()));
        } else {
            out.print(InventoryText.render(inventory, zone, now, new Formats(context.messages())));
        }
        out.flush();
        return inventory.backups().isEmpty() ? ExitCode.PROBLEM_FOUND : ExitCode.OK;
    }

    private Optional<SourceRef> registeredSource() {
        Optional<SourceRef> found = Targets.registered(target, context);
        if (found.isEmpty() && !Targets.looksLikePath(target) && !DriveFolderRef.isDrive(target)
                && !RepositoryLocation.isRepository(target) && !Files.exists(Path.of(target))
                && Files.exists(Store.databaseFile(context.dataDir()))) {
            throw new InputProblem("error.scan.unknownTarget", target);
        }
        return found;
    }

    private Workspace workspace() {
        return Targets.workspace(context);
    }
}
