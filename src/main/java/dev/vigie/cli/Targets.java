package dev.vigie.cli;

import dev.vigie.backup.SourceRef;
import dev.vigie.store.Store;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** How {@code scan} and {@code check} read their NAME|PATH argument. */
final class Targets {

    private Targets() {
    }

    /**
     * The registered source the argument names, if it names one. An argument with a path separator (or {@code .},
     * {@code ..}, an absolute path) is a path; so is a name no source carries. The database is only opened when
     * the argument could be a name, so pointing at a folder touches no state.
     */
    static Optional<SourceRef> registered(String target, CliContext context) {
        if (looksLikePath(target) || !Files.exists(Store.databaseFile(context.dataDir()))) {
            return Optional.empty();
        }
        return workspace(context).find(target);
    }

    /** A separator, {@code .}, {@code ..} or an absolute path: no source name can look like that. */
    static boolean looksLikePath(String target) {
        return target.contains("/") || target.contains("\\") || target.equals(".") || target.equals("..")
                || Path.of(target).isAbsolute();
    }

    static Workspace workspace(CliContext context) {
        return new Workspace(context.dataDir(), context.scanner(), context.clock(), Workspace.osUser());
    }
}
