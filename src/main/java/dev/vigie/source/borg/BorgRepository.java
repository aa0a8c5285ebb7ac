package dev.vigie.source.borg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.Severity;
import dev.vigie.backup.TimeSource;
import dev.vigie.io.Reasons;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.source.tool.ToolOutput;
import dev.vigie.source.tool.ToolSetup;
import dev.vigie.source.tool.ToolVersions;
import dev.vigie.source.tool.ToolWords;
import dev.vigie.verify.VerifyDepth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A borg repository read through the installed {@code borg}: only {@code list}, {@code info} and
 * {@code extract --dry-run}, each with {@code --bypass-lock}, which leave the repository unchanged. Never
 * {@code borg check}: it rewrites the repository's {@code nonce} and {@code config} even without {@code --repair}.
 * The repository and the passphrase reach borg through its environment, never its arguments; its cache and security
 * folders are Vigie's own, in the user's cache folder.
 */
public final class BorgRepository {

    /** The key of an archive's id in {@link BackupSet#details()}. */
    public static final String ID = "id";

    private static final String TOOL = ToolVersions.BORG;
    private static final List<String> VERSION = List.of("--version");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FAILED = "error.repo.failed";
    private static final String LIST_FORMAT = "{name}{id}{time}{hostname}{username}";

    private final ToolSetup setup;

    public BorgRepository(ToolSetup setup) {
        this.setup = setup;
    }

    /**
     * One backup set per archive (those whose name starts with the prefix, when the source has one), from one
     * {@code borg list --json}; size and file count for the newest only, from one {@code borg info --json}.
     */
    public Inventory scan(RepositoryLocation where, RepositoryAccess access, ScanProgress progress) {
        List<String> args = new ArrayList<>(List.of("list", "--json", "--bypass-lock", "--format", LIST_FORMAT));
        access.prefix().ifPresent(p -> args.addAll(List.of("--glob-archives", globEscape(p) + "*")));
        ToolOutput listed = run(where, access, args, progress);
        if (!listed.succeeded()) {
            throw problem(where, listed);
        }
        List<BackupSet> sets = new ArrayList<>();
        for (JsonNode archive : read(listed.stdout(), where).path("archives")) {
            sets.add(set(archive, where));
        }
        if (!sets.isEmpty()) {
            BackupSet newest = sets.stream().max(Comparator.comparing(BackupSet::time)).orElseThrow();
            ToolOutput info = run(where, access, List.of("info", "--json", "--bypass-lock", "::" + newest.name()),
                    progress);
            if (!info.succeeded()) {
                throw problem(where, info);
            }
            JsonNode stats = read(info.stdout(), where).path("archives").path(0).path("stats");
            Map<String, Object> details = new LinkedHashMap<>(newest.details());
            details.remove(BackupSet.SIZE_UNKNOWN);
            sets.set(sets.indexOf(newest), new BackupSet(newest.time(), newest.name(), newest.paths(),
                    Math.max(0, stats.path("original_size").asLong(0)),
                    (int) Math.min(Integer.MAX_VALUE, Math.max(0, stats.path("nfiles").asLong(0))),
                    newest.timeSource(), details));
        }
        progress.filesSeen(sets.size());
        return new Inventory(where.location(), Layout.BORG_REPOSITORY, sets, List.of(), sets.size());
    }

    /**
     * Reads archives back without writing anything: {@code quick} lists the newest archive's items (the manifest and
     * all of that archive's metadata), {@code full} runs {@code extract --dry-run} on every archive, {@code sample=N%} on a
     * share of the archives that rotates from day to day (as local sampling rotates over files).
     *
     * @param archives the archives the scan found
     * @return one {@code archive-unreadable} finding per archive borg could not read, in borg's words
     * @throws InputProblem when borg could not open the repository at all
     */
    public List<Finding> verify(RepositoryLocation where, RepositoryAccess access, List<BackupSet> archives,
                                VerifyDepth depth, Instant now, ScanProgress progress) {
        if (archives.isEmpty()) {
            return List.of();
        }
        BackupSet newest = archives.stream().max(Comparator.comparing(BackupSet::time)).orElseThrow();
        List<Finding> found = new ArrayList<>();
        if (depth.mode() != VerifyDepth.Mode.FULL) {
            // Every item's metadata is read; one dot each is printed, so a million files make a megabyte.
            read(where, access, newest, List.of("list", "--bypass-lock", "--format", ".", "::" + newest.name()),
                    progress).ifPresent(found::add);
        }
        if (depth.mode() == VerifyDepth.Mode.QUICK) {
            return found;
        }
        for (BackupSet archive : archives) {
            if (depth.fullyChecks(archive.name(), now) && found.stream()
                    .noneMatch(f -> f.backup().filter(archive.name()::equals).isPresent())) {
                read(where, access, archive, List.of("extract", "--dry-run", "--bypass-lock", "::" + archive.name()),
                        progress).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<Finding> read(RepositoryLocation where, RepositoryAccess access, BackupSet archive,
                                   List<String> args, ScanProgress progress) {
        ToolOutput output = run(where, access, args, progress);
        if (output.succeeded()) {
            return Optional.empty();
        }
        // What stops borg from opening the repository is an error; what it cannot read inside is a finding.
        InputProblem problem = problem(where, output);
        if (!problem.messageKey().equals(FAILED)) {
            throw problem;
        }
        return Optional.of(Finding.of(Severity.CRITICAL, "archive-unreadable", archive.name(), "",
                message(output)));
    }

    ToolOutput run(RepositoryLocation where, RepositoryAccess access, List<String> args, ScanProgress progress) {
        return run(where, access, args, setup.cache(""), progress);
    }

    /** Runs borg on the repository in {@code workDir}, with Vigie's own caches and the source's passphrase. */
    ToolOutput run(RepositoryLocation where, RepositoryAccess access, List<String> args, Path workDir,
                   ScanProgress progress) {
        Map<String, String> env = setup.environment();
        env.put("BORG_REPO", where.repository());
        if (access.passwordFile().isPresent() || access.passwordCommand().isPresent()) {
            env.remove("BORG_PASSPHRASE");
            env.remove("BORG_PASSCOMMAND");
            env.remove("BORG_PASSPHRASE_FD");
            access.passwordCommand().ifPresent(c -> env.put("BORG_PASSCOMMAND", c));
            access.passwordFile().ifPresent(f -> env.put("BORG_PASSPHRASE", passphrase(Path.of(f))));
        }
        env.put("BORG_CACHE_DIR", setup.cache("borg").toString());
        env.put("BORG_SECURITY_DIR", setup.cache("borg-security").toString());
        // Questions would wait for an answer on an empty standard input: answer those that only concern reading.
        env.put("BORG_RELOCATED_REPO_ACCESS_IS_OK", "yes");
        env.put("BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK", "yes");
        // borg prints archive times in the local zone without saying which: make that UTC.
        env.put("TZ", "UTC");
        List<String> all = new ArrayList<>(List.of("--log-json"));
        all.addAll(args);
        return setup.run(TOOL, VERSION, all, env, workDir, progress);
    }

    /** The passphrase in a file, without the line end an editor adds: it goes to borg's environment only. */
    private static String passphrase(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new InputProblem(e, "error.repo.passwordFile", file.toString(), Reasons.of(e));
        }
    }

    private static String globEscape(String prefix) {
        return prefix.replaceAll("([\\[\\]*?])", "[$1]");
    }

    private static JsonNode read(String json, RepositoryLocation where) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new InputProblem(e, "error.repo.output", TOOL, where.location());
        }
    }

    private static BackupSet set(JsonNode archive, RepositoryLocation where) {
        String name = archive.path("name").asText(archive.path("archive").asText(""));
        Instant time;
        try {
            time = LocalDateTime.parse(archive.path("time").asText("")).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InputProblem(e, "error.repo.output", TOOL, where.location());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(ID, archive.path("id").asText(""));
        details.put("hostname", archive.path("hostname").asText(""));
        details.put("username", archive.path("username").asText(""));
        details.put(BackupSet.SIZE_UNKNOWN, true);
        return new BackupSet(time, name, List.of(), 0, 0, TimeSource.METADATA, details);
    }

    /** borg's error as {@code --log-json} gives it: the {@code msgid} of its first error, "" when none. */
    static String msgid(String stderr) {
        for (String line : stderr.split("\\R")) {
            JsonNode node = parseLine(line);
            if (node != null && node.path("levelname").asText("").equals("ERROR") && node.has("msgid")) {
                return node.path("msgid").asText("");
            }
        }
        return "";
    }

    /** borg's first error message, without its traceback. */
    static String message(ToolOutput output) {
        for (String line : output.stderr().split("\\R")) {
            JsonNode node = parseLine(line);
            if (node != null && node.path("levelname").asText("").equals("ERROR")) {
                return ToolWords.lines(node.path("message").asText("")).stream().findFirst()
                        .orElse("exit code " + output.exitCode());
            }
        }
        return ToolWords.first(output);
    }

    private static JsonNode parseLine(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    /** One line for what stopped borg, in the user's terms. */
    static InputProblem problem(RepositoryLocation where, ToolOutput output) {
        String msgid = msgid(output.stderr());
        String words = message(output);
        String repo = where.location();
        if (msgid.equals("PassphraseWrong")) {
            return new InputProblem("error.repo.password", repo);
        }
        if (msgid.equals("PasswordRetriesExceeded") || msgid.equals("NoPassphraseFailure")) {
            return new InputProblem("error.repo.noPassword", repo, words);
        }
        if (msgid.startsWith("Repository.DoesNotExist") || msgid.startsWith("Repository.InvalidRepository")
                || msgid.equals("Repository.ParentPathDoesNotExist")) {
            return new InputProblem("error.repo.notFound", repo);
        }
        if (msgid.startsWith("Lock") || msgid.contains("LockTimeout")) {
            return new InputProblem("error.repo.locked", repo, words);
        }
        if (msgid.startsWith("ConnectionClosed") || msgid.startsWith("RPC") || msgid.contains("Connection")) {
            return new InputProblem("error.repo.network", repo, words);
        }
        return new InputProblem(FAILED, TOOL, repo, words);
    }
}
