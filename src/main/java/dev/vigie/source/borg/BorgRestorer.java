package dev.vigie.source.borg;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Restores a borg archive with {@code borg extract --bypass-lock ::ARCHIVE [pp:PATH...]} run in the sandbox, borg's
 * way of choosing where to write: borg reads the repository and writes only the sandbox. The members are the regular
 * files of {@code borg list --json-lines ::ARCHIVE}, under the paths borg stores (without a leading slash), which is
 * where {@code borg extract} puts them. Never {@code borg check}.
 */
public final class BorgRestorer implements Restorer {


    private final BorgRepository repository;
    private final RepositoryLocation where;
    private final RepositoryAccess access;
    private List<Member> listed;

    public BorgRestorer(BorgRepository repository, RepositoryLocation where, RepositoryAccess access) {
        this.repository = repository;
        this.where = where;
        this.access = access;
    }

    @Override
    public List<Member> members(BackupSet backup) {
        ToolOutput output = repository.run(where, access,
                List.of("list", "--json-lines", "--bypass-lock", "::" + backup.name()), ScanProgress.NONE);
        if (!output.succeeded()) {
            throw BorgRepository.problem(where, output);
        }
        listed = members(output.stdout(), where);
        return listed;
    }

    /** The regular files ({@code "type": "-"}) of borg's {@code list --json-lines}. */
    static List<Member> members(String lines, RepositoryLocation where) {
        List<Member> members = new ArrayList<>();
        for (JsonNode item : JsonLines.read(lines, ToolVersions.BORG, where)) {
            if ("-".equals(item.path("type").asText())) {
                members.add(new Member(item.path("path").asText(""), Math.max(0, item.path("size").asLong(0)),
                        Optional.empty()));
            }
        }
        return members;
    }

    @Override
    public void restore(BackupSet backup, List<Member> chosen, Path sandbox, RestoreListener listener) {
        List<String> args = new ArrayList<>(List.of("extract", "--bypass-lock", "::" + backup.name()));
        // The whole archive needs no paths; a sample names each of its files, as literal path prefixes.
        List<Member> all = listed != null ? listed : members(backup);
        if (chosen.size() < all.size()) {
            chosen.forEach(m -> args.add("pp:" + m.path()));
        }
        ToolOutput output = repository.run(where, access, args, sandbox, new ScanProgress() {
            @Override
            public void filesSeen(long count) {
            }

            @Override
            public boolean isCancelled() {
                return listener.isCancelled();
            }
        });
        // borg's exit code 1 is a warning (an attribute it could not set): the files' own checks judge those.
        boolean failed = output.exitCode() > 1;
        if (failed) {
            InputProblem problem = BorgRepository.problem(where, output);
            if (!problem.messageKey().equals("error.repo.failed")) {
                throw problem;
            }
        }
        String words = failed ? BorgRepository.message(output) : "not extracted by borg";
        int written = RestoredFiles.hand(chosen, sandbox, words, listener);
        if (failed) {
            // The tool itself says the restore failed: the files it did write cannot be vouched for either (those it
            // did not are already reported one by one).
            if (written > 0) {
                listener.damaged(backup.name(), written, words);
            }
        }
    }
}
