package dev.vigie.source.tool;

import dev.vigie.backup.Layout;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A restic or borg repository as a source's location: {@code restic:REPO} or {@code borg:REPO}, where REPO is what the
 * tool's own option takes (a local path, {@code sftp:}, {@code rest:}, {@code s3:}, {@code ssh://}...).
 *
 * @param tool       {@code restic} or {@code borg}
 * @param repository the repository as the tool reads it
 */
public record RepositoryLocation(String tool, String repository) {

    public static final String RESTIC_SCHEME = "restic:";
    public static final String BORG_SCHEME = "borg:";
    /** The password of a {@code scheme://user:password@host} address (restic's rest server): up to the last @. */
    private static final Pattern PASSWORD = Pattern.compile("(://[^/@:]*):[^/]*@");

    /** Whether a stored location names a repository rather than a folder. */
    public static boolean isRepository(String location) {
        return location.startsWith(RESTIC_SCHEME) || location.startsWith(BORG_SCHEME);
    }

    /**
     * Reads {@code restic:REPO} or {@code borg:REPO}; a local repository's path is made absolute, so that the source
     * does not depend on the folder Vigie was started in.
     */
    public static Optional<RepositoryLocation> parse(String location) {
        String text = location.strip();
        String tool;
        String repo;
        if (text.startsWith(RESTIC_SCHEME)) {
            tool = ToolVersions.RESTIC;
            repo = text.substring(RESTIC_SCHEME.length()).strip();
        } else if (text.startsWith(BORG_SCHEME)) {
            tool = ToolVersions.BORG;
            repo = text.substring(BORG_SCHEME.length()).strip();
        } else {
            return Optional.empty();
        }
        if (repo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RepositoryLocation(tool, isLocal(repo)
                ? Path.of(repo).toAbsolutePath().normalize().toString() : repo));
    }

    /**
     * {@code restic:REPO} or {@code borg:REPO} as Vigie stores and shows it: a password written in the address
     * ({@code rest:https://anna:secret@host/repo}) is left out, {@code rest:https://anna@host/repo}. The tool gets the
     * whole address from {@link #repository()}.
     */
    public String location() {
        return (isRestic() ? RESTIC_SCHEME : BORG_SCHEME) + withoutPassword(repository);
    }

    /** Whether the address carries a password, which Vigie keeps out of its database and everything it prints. */
    public boolean hasPassword() {
        return !withoutPassword(repository).equals(repository);
    }

    /** The same repository at {@code address}: the whole address, password included, kept aside for the tool. */
    public RepositoryLocation at(String address) {
        return new RepositoryLocation(tool, address);
    }

    /** The text with the password of any {@code scheme://user:password@} in it left out. */
    public static String withoutPassword(String text) {
        return PASSWORD.matcher(text).replaceAll("$1@");
    }

    public boolean isRestic() {
        return ToolVersions.RESTIC.equals(tool);
    }

    public Layout layout() {
        return isRestic() ? Layout.RESTIC_REPOSITORY : Layout.BORG_REPOSITORY;
    }

    /** A path on this machine rather than a remote address: no {@code scheme:} or {@code host:} before a slash. */
    public boolean isLocal() {
        return isLocal(repository);
    }

    private static boolean isLocal(String repo) {
        int colon = repo.indexOf(':');
        int slash = repo.indexOf('/');
        boolean windowsDrive = colon == 1 && Character.isLetter(repo.charAt(0));
        return colon < 0 || windowsDrive || slash >= 0 && slash < colon;
    }
}
