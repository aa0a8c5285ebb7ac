package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.SourceRef;
import dev.vigie.report.ResticSnapshots;
import dev.vigie.source.drive.DriveFolderRef;
import dev.vigie.store.Store;
import dev.vigie.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** How commands read what names the backups: a NAME|PATH argument, a restic snapshot list. */
final class Targets {

    private Targets() {
    }

    /**
     * The registered source the argument names, if it names one. An argument with a path separator (or {@code .},
     * {@code ..}, an absolute path) is a path; so is a name no source carries. The database is only opened when
     * the argument could be a name, so pointing at a folder touches no state.
     */
    static Optional<SourceRef> registered(String target, CliContext context) {
        Optional<SourceRef> found = looksLikePath(target) || !Files.exists(Store.databaseFile(context.dataDir()))
                ? Optional.empty() : workspace(context).find(target);
        if (found.isEmpty() && !looksLikePath(target) && !DriveFolderRef.isDrive(target)
                && !Files.exists(Path.of(target))) {
            // A bare word that is neither: say so, rather than "no such folder" for what was meant as a name.
            throw new InputProblem("error.scan.unknownTarget", target);
        }
        return found;
    }

    /** A separator, {@code .}, {@code ..} or an absolute path: no source name can look like that. */
    static boolean looksLikePath(String target) {
        return target.contains("/") || target.contains("\\") || target.equals(".") || target.equals("..")
                || Path.of(target).isAbsolute();
    }

    static Workspace workspace(CliContext context) {
        return new Workspace(context.dataDir(), context.scanner(), context.driveScanner(), context.tools(),
                context.clock(), Workspace.osUser());
    }

    /**
     * The snapshots of {@code restic snapshots --json} in a file, or on standard input for {@code -}.
     *
     * @throws InputProblem when the file cannot be read or does not hold restic's list
     */
    static ResticSnapshots resticSnapshots(String fileOrDash, CliContext context) {
        if (fileOrDash.equals("-")) {
            return ResticSnapshots.read(context.stdin(), context.messages().get("retention.stdin"));
        }
        Path file = Path.of(fileOrDash);
        if (Files.isDirectory(file)) {
            throw new InputProblem("error.retention.read", file, context.messages().get("retention.isFolder"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ResticSnapshots.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputProblem(e, "error.retention.read", file, context.messages().get("retention.noFile"));
        } catch (IOException e) {
            throw new InputProblem(e, "error.retention.read", file, String.valueOf(e.getMessage()));
        }
    }
}
