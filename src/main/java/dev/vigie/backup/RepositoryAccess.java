package dev.vigie.backup;

import java.util.Objects;
import java.util.Optional;

/**
 * How Vigie opens a restic or borg repository, beside its location: where the password comes from and which
 * snapshots or archives the source watches. Holds no secret itself: a password file's path, or a command that prints
 * the password, which the tool runs.
 *
 * @param passwordFile    a file holding the password
 * @param passwordCommand a command printing the password
 * @param host            restic: only the snapshots of this host
 * @param path            restic: only the snapshots of this path
 * @param tag             restic: only the snapshots with this tag
 * @param prefix          borg: only the archives whose name starts with this
 */
public record RepositoryAccess(Optional<String> passwordFile, Optional<String> passwordCommand, Optional<String> host,
                               Optional<String> path, Optional<String> tag, Optional<String> prefix) {

    /** Nothing said: the password from the user's own environment, every snapshot or archive. */
    public static final RepositoryAccess DEFAULTS = new RepositoryAccess(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public RepositoryAccess {
        passwordFile = clean(passwordFile);
        passwordCommand = clean(passwordCommand);
        host = clean(host);
        path = clean(path);
        tag = clean(tag);
        prefix = clean(prefix);
        if (passwordFile.isPresent() && passwordCommand.isPresent()) {
            throw new InputProblem("error.repo.passwordBoth");
        }
    }

    private static Optional<String> clean(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
