package dev.vigie.source.restic;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import dev.vigie.health.ThreeTwoOne;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.source.tool.ToolOutput;
import dev.vigie.source.tool.ToolSetup;
import dev.vigie.source.tool.ToolVersions;
import dev.vigie.source.tool.ToolWords;
import dev.vigie.verify.VerifyDepth;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A restic repository read through the installed {@code restic}, always with {@code --no-lock}: restic then writes
 * nothing to the repository (its caches go to the user's cache folder). The repository and the password reach restic
 * through its environment variables, never its arguments.
 */
public final class ResticRepository {

    /** The keys of a snapshot's facts in {@link BackupSet#details()}. */
    public static final String ID = "id";
    public static final String ORIGINAL = "original";

    private static final String TOOL = ToolVersions.RESTIC;
    private static final List<String> VERSION = List.of("version");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PACK_ID = Pattern.compile("\\b([0-9a-f]{64})\\b");
    private static final int MAX_FINDINGS = 50;

    private final ToolSetup setup;

    public ResticRepository(ToolSetup setup) {
        this.setup = setup;
    }

    /**
     * One backup set per snapshot the source watches, from one {@code restic snapshots --json} call. A snapshot copied
     * from another repository ({@code restic copy}) carries its original's id, so that the 3-2-1 view sees the same
     * backup in both places.
     */
    public Inventory scan(RepositoryLocation where, RepositoryAccess access, ScanProgress progress) {
        List<String> args = new ArrayList<>(List.of("snapshots", "--json", "--no-lock"));
        access.host().ifPresent(h -> args.addAll(List.of("--host", h)));
        access.path().ifPresent(p -> args.addAll(List.of("--path", p)));
        access.tag().ifPresent(t -> args.addAll(List.of("--tag", t)));
        ToolOutput output = run(where, access, args, progress);
        if (!output.succeeded()) {
            throw problem(where, output);
        }
        List<BackupSet> sets = parse(output.stdout(), where);
        progress.filesSeen(sets.size());
        return new Inventory(where.location(), Layout.RESTIC_REPOSITORY, sets, List.of(), sets.size());
    }

    /**
     * Restic's own check: the structure ({@code quick}), every pack's data ({@code full}), or a rotating subset of the
     * packs ({@code sample=N%}: {@code --read-data-subset=n/t}, with t = 100 / N rounded down so that at least N% is
     * read, and n the day's turn, so every pack is read within t days).
     *
     * @return what restic found wrong, in its own words
     * @throws InputProblem when restic could not check at all (password, not found, network...)
     */
    public List<Finding> verify(RepositoryLocation where, RepositoryAccess access, VerifyDepth depth, Instant now,
                                ScanProgress progress) {
        List<String> args = new ArrayList<>(List.of("check", "--no-lock"));
        switch (depth.mode()) {
            case FULL -> args.add("--read-data");
            case SAMPLE -> args.add("--read-data-subset=" + subset(depth.samplePercent(), now));
            case QUICK -> { }
        }
        ToolOutput output = run(where, access, args, progress);
        if (output.succeeded()) {
            return List.of();
        }
        // "repository contains errors" is restic's word for a check that ran and found damage; anything else stopped
        // the check itself.
        if (isAccessProblem(output.stderr()) || !ToolWords.contains(output.stderr(), "contains errors")) {
            throw problem(where, output);
        }
        return findings(output.stderr());
    }

    /** {@code n/t} for a sample of {@code percent}% on the UTC day of {@code now}. */
    static String subset(int percent, Instant now) {
        int groups = Math.max(1, 100 / percent);
        long day = Math.floorDiv(now.getEpochSecond(), 86_400L);
        return (Math.floorMod(day, groups) + 1) + "/" + groups;
    }

    static List<Finding> findings(String stderr) {
        List<Finding> found = new ArrayList<>();
        for (String line : ToolWords.lines(stderr)) {
            if (line.startsWith("Fatal: repository contains errors") || line.startsWith("load indexes")
                    || line.startsWith("check ") || line.startsWith("read ") || line.startsWith("no errors")) {
                continue;
            }
            if (found.size() == MAX_FINDINGS) {
                break;
            }
            boolean pack = ToolWords.contains(line, "pack");
            Matcher id = PACK_ID.matcher(line);
            String path = pack && id.find() ? "data/" + id.group(1).substring(0, 2) + "/" + id.group(1) : "";
            found.add(Finding.of(Severity.CRITICAL, pack ? "pack-damaged" : "repository-error", null, path, line));
        }
        if (found.isEmpty()) {
            found.add(Finding.of(Severity.CRITICAL, "repository-error", null, "", "repository contains errors"));
        }
        return found;
    }

    /** Runs restic on the repository, with Vigie's own caches and the source's password. */
    ToolOutput run(RepositoryLocation where, RepositoryAccess access, List<String> args, ScanProgress progress) {
        Map<String, String> env = setup.environment();
        env.remove("RESTIC_REPOSITORY_FILE");
        env.put("RESTIC_REPOSITORY", where.repository());
        if (access.passwordFile().isPresent() || access.passwordCommand().isPresent()) {
            env.remove("RESTIC_PASSWORD");
            env.remove("RESTIC_PASSWORD_FILE");
            env.remove("RESTIC_PASSWORD_COMMAND");
            access.passwordFile().ifPresent(f -> env.put("RESTIC_PASSWORD_FILE", f));
            access.passwordCommand().ifPresent(c -> env.put("RESTIC_PASSWORD_COMMAND", c));
        }
        env.put("RESTIC_CACHE_DIR", setup.cache("restic").toString());
        // restic check makes a temporary cache: in the user's cache folder too, not the system's temporary folder.
        env.put("TMPDIR", setup.cache("tmp").toString());
        env.put("RESTIC_PROGRESS_FPS", "0.016");
        return setup.run(TOOL, VERSION, args, env, progress);
    }

    private static boolean isAccessProblem(String stderr) {
        return ToolWords.contains(stderr, "wrong password", "no key found", "unable to open config file",
                "is there a repository", "already locked", "dial tcp", "no such host", "connection refused",
                "network is unreachable");
    }

    /** One line for what stopped restic, in the user's terms. */
    static InputProblem problem(RepositoryLocation where, ToolOutput output) {
        String words = ToolWords.first(output);
        String all = output.stderr();
        String repo = where.location();
        if (ToolWords.contains(all, "wrong password", "no key found")) {
            return new InputProblem("error.repo.password", repo);
        }
        if (ToolWords.contains(all, "empty password", "reading password", "password is empty",
                "resolving password")) {
            return new InputProblem("error.repo.noPassword", repo, words);
        }
        // restic words an unreachable server as a missing config file too: the network is said first.
        if (ToolWords.contains(all, "dial tcp", "no such host", "connection refused", "network is unreachable",
                "i/o timeout", "connection reset", "ssh: ")) {
            return new InputProblem("error.repo.network", repo, words);
        }
        if (ToolWords.contains(all, "unable to open config file", "is there a repository", "does not exist",
                "repository not found")) {
            return new InputProblem("error.repo.notFound", repo);
        }
        if (ToolWords.contains(all, "already locked", "unable to create lock")) {
            return new InputProblem("error.repo.locked", repo, words);
        }
        return new InputProblem("error.repo.failed", TOOL, repo, words);
    }

    /** Streams restic's array: 10,000 snapshots make a few megabytes of JSON, read once without a tree. */
    static List<BackupSet> parse(String json, RepositoryLocation where) {
        List<BackupSet> sets = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InputProblem("error.repo.output", TOOL, where.location());
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode node = JSON.readTree(parser);
                sets.add(set(node, where));
            }
        } catch (IOException e) {
            throw new InputProblem(e, "error.repo.output", TOOL, where.location());
        }
        return sets;
    }

    private static BackupSet set(JsonNode node, RepositoryLocation where) {
        String id = node.path("id").asText("");
        String shortId = node.path("short_id").asText(id.substring(0, Math.min(8, id.length())));
        String original = node.path("original").asText("");
        Instant time;
        try {
            time = OffsetDateTime.parse(node.path("time").asText("")).toInstant();
        } catch (DateTimeParseException e) {
            throw new InputProblem(e, "error.repo.output", TOOL, where.location());
        }
        List<String> paths = strings(node.path("paths"));
        List<String> tags = strings(node.path("tags"));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(ID, id);
        if (!original.isEmpty()) {
            details.put(ORIGINAL, original);
        }
        details.put("hostname", node.path("hostname").asText(""));
        details.put("username", node.path("username").asText(""));
        details.put("paths", String.join(", ", paths));
        if (!tags.isEmpty()) {
            details.put("tags", String.join(", ", tags));
        }
        details.put("tree", node.path("tree").asText(""));
        if (node.hasNonNull("parent")) {
            details.put("parent", node.path("parent").asText());
        }
        // restic 0.17 and later write a summary into each snapshot; older ones leave size and count unknown (0).
        JsonNode summary = node.path("summary");
        long size = Math.max(0, summary.path("total_bytes_processed").asLong(0));
        int files = (int) Math.min(Integer.MAX_VALUE, Math.max(0, summary.path("total_files_processed").asLong(0)));
        if (summary.isMissingNode()) {
            details.put(BackupSet.SIZE_UNKNOWN, true);
        }
        // A copy made by restic copy keeps its original's id: the 3-2-1 view counts both as one backup.
        details.put(ThreeTwoOne.SAME_AS, original.isEmpty() ? id : original);
        return new BackupSet(time, shortId, paths, size, files, TimeSource.METADATA, details);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
