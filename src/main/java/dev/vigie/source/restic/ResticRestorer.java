package dev.vigie.source.restic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.restore.Member;
import dev.vigie.restore.RestoreListener;
import dev.vigie.restore.RestoredFiles;
import dev.vigie.restore.Restorer;
import dev.vigie.source.tool.JsonLines;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.source.tool.ToolOutput;
import dev.vigie.source.tool.ToolVersions;
import dev.vigie.source.tool.ToolWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Restores a restic snapshot with {@code restic restore ID --target SANDBOX --no-lock} (a sample with one
 * {@code --include} per chosen file): restic reads the repository and writes only the sandbox. The members are the
 * regular files of {@code restic ls --json ID}, each under its absolute path without the leading slash, which is
 * where {@code restic restore} puts it.
 */
public final class ResticRestorer implements Restorer {


    private final ResticRepository repository;
    private final RepositoryLocation where;
    private final RepositoryAccess access;
    private List<Member> listed;

    public ResticRestorer(ResticRepository repository, RepositoryLocation where, RepositoryAccess access) {
        this.repository = repository;
        this.where = where;
        this.access = access;
    }

    @Override
    public List<Member> members(BackupSet backup) {
        ToolOutput output = repository.run(where, access, List.of("ls", "--json", "--no-lock", id(backup)),
                ScanProgress.NONE);
        if (!output.succeeded()) {
            throw ResticRepository.problem(where, output);
        }
        listed = members(output.stdout(), where);
        return listed;
    }

    /** The regular files of restic's {@code ls --json} lines: one snapshot line, then one line per node. */
    static List<Member> members(String lines, RepositoryLocation where) {
        List<Member> members = new ArrayList<>();
        for (JsonNode node : JsonLines.read(lines, ToolVersions.RESTIC, where)) {
            if ("file".equals(node.path("type").asText()) && !"snapshot".equals(node.path("struct_type").asText())) {
                String path = node.path("path").asText("");
                members.add(new Member(relative(path), Math.max(0, node.path("size").asLong(0)), Optional.empty()));
            }
        }
        return members;
    }

    @Override
    public void restore(BackupSet backup, List<Member> chosen, Path sandbox, RestoreListener listener) {
        List<String> args = new ArrayList<>(List.of("restore", id(backup), "--target", sandbox.toString(),
                "--no-lock"));
        // The whole snapshot needs no filter; a sample names each of its files.
        List<Member> all = listed != null ? listed : members(backup);
        if (chosen.size() < all.size()) {
            for (Member member : chosen) {
                args.addAll(List.of("--include", "/" + escape(member.path())));
            }
        }
        ToolOutput output = repository.run(where, access, args, cancelledBy(listener));
        if (!output.succeeded()) {
            InputProblem problem = ResticRepository.problem(where, output);
            if (!problem.messageKey().equals("error.repo.failed")) {
                throw problem;
            }
        }
        String words = output.succeeded() ? "not restored by restic" : ToolWords.first(output);
        int written = RestoredFiles.hand(chosen, sandbox, words, listener);
        if (!output.succeeded()) {
            // The tool itself says the restore failed: the files it did write cannot be vouched for either (those it
            // did not are already reported one by one).
            if (written > 0) {
                listener.damaged(backup.name(), written, words);
            }
        }
    }

    private static String id(BackupSet backup) {
        Object id = backup.details().get(ResticRepository.ID);
        return id == null || id.toString().isEmpty() ? backup.name() : id.toString();
    }

    private static String relative(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }

    /** restic's patterns take {@code * ? [ \} as wildcards: a file's own name is matched literally. */
    static String escape(String path) {
        return path.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }

    private static ScanProgress cancelledBy(RestoreListener listener) {
        return new ScanProgress() {
            @Override
            public void filesSeen(long count) {
            }

            @Override
            public boolean isCancelled() {
                return listener.isCancelled();
            }
        };
    }
}
