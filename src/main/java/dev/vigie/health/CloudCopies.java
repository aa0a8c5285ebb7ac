package dev.vigie.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the backups of a local source with their copies in a cloud folder: same backup name, then each file by
 * its name inside the backup, by size and, when both sides know it, by MD5.
 */
public final class CloudCopies {

    /** Whether the cloud holds a faithful copy of a backup. */
    public enum State {
        /** Every file is there with the same size (and the same MD5 where both are known). */
        MATCHES("matches"),
        /** A file is missing, has another size or another MD5. */
        DIFFERS("differs"),
        /** No backup of that name in the cloud. */
        ONLY_LOCAL("only-local"),
        /** In the cloud only. */
        ONLY_CLOUD("only-cloud");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One file of a backup as either side knows it.
     *
     * @param name its path inside the backup (its own name for a one-file backup)
     * @param md5  lower-case hex, when known
     */
    public record CopyFile(String name, long sizeBytes, Optional<String> md5) {
        public CopyFile {
            Objects.requireNonNull(name, "name");
            md5 = md5.map(m -> m.strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The comparison of one backup.
     *
     * @param differences the files that differ: missing on one side, of another size, or of another MD5
     * @param md5Compared how many files were compared by MD5 as well as size
     */
    public record CloudCopy(String backup, State state, long localBytes, long cloudBytes, List<String> differences,
                            int md5Compared) {
        public CloudCopy {
            differences = List.copyOf(differences);
        }
    }

    private CloudCopies() {
    }

    /** Backups by name, each with its files; the answer follows the local order, then the cloud's extras. */
    public static List<CloudCopy> compare(Map<String, List<CopyFile>> local, Map<String, List<CopyFile>> cloud) {
        List<CloudCopy> result = new ArrayList<>();
        for (Map.Entry<String, List<CopyFile>> e : local.entrySet()) {
            List<CopyFile> there = cloud.get(e.getKey());
            if (there == null) {
                result.add(new CloudCopy(e.getKey(), State.ONLY_LOCAL, bytes(e.getValue()), 0, List.of(), 0));
            } else {
                result.add(compareOne(e.getKey(), e.getValue(), there));
            }
        }
        for (Map.Entry<String, List<CopyFile>> e : cloud.entrySet()) {
            if (!local.containsKey(e.getKey())) {
                result.add(new CloudCopy(e.getKey(), State.ONLY_CLOUD, 0, bytes(e.getValue()), List.of(), 0));
            }
        }
        return result;
    }

    private static CloudCopy compareOne(String backup, List<CopyFile> local, List<CopyFile> cloud) {
        Map<String, CopyFile> byName = new LinkedHashMap<>();
        cloud.forEach(f -> byName.put(f.name(), f));
        TreeSet<String> differences = new TreeSet<>();
        int md5Compared = 0;
        for (CopyFile mine : local) {
            CopyFile theirs = byName.remove(mine.name());
            if (theirs == null || theirs.sizeBytes() != mine.sizeBytes()) {
                differences.add(mine.name());
            } else if (mine.md5().isPresent() && theirs.md5().isPresent()) {
                md5Compared++;
                if (!mine.md5().equals(theirs.md5())) {
                    differences.add(mine.name());
                }
            }
        }
        differences.addAll(byName.keySet());
        return new CloudCopy(backup, differences.isEmpty() ? State.MATCHES : State.DIFFERS, bytes(local),
                bytes(cloud), List.copyOf(differences), md5Compared);
    }

    private static long bytes(List<CopyFile> files) {
        return files.stream().mapToLong(CopyFile::sizeBytes).sum();
    }
}
