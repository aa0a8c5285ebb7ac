package dev.vigie.source.local;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.TimeSource;
import dev.vigie.backup.WarningCode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Files or folders whose names carry a time, grouped by that time into backup sets; rsnapshot-style
 * {@code daily.0}, {@code weekly.1}... folders each a set timed by their last-modified time. Undated folders are
 * entered, so that Windows File History's dated files deep in a mirrored tree are found too.
 */
final class DatedSnapshotsReader implements LayoutReader {

    private static final Pattern ROTATED = Pattern.compile("(hourly|daily|weekly|monthly|yearly|alpha|beta|gamma|delta)"
            + "\\.\\d+");
    /** How many names {@link #looksDated} samples below an undated top level. */
    private static final int SAMPLE = 200;

    /** At least half of the visible top-level entries (or of a shallow sample below them) carry a time. */
    static boolean looksDated(EntryTree tree) throws IOException {
        int dated = 0;
        int total = 0;
        List<String> undatedFolders = new ArrayList<>();
        for (String name : tree.list("")) {
            if (name.startsWith(".")) {
                continue;
            }
            total++;
            if (carriesTime(name)) {
                dated++;
            } else if (tree.isFolder(name)) {
                undatedFolders.add(name);
            }
        }
        if (total > 0 && dated * 2 >= total) {
            return true;
        }
        return dated == 0 && !undatedFolders.isEmpty() && sampleIsDated(tree, undatedFolders);
    }

    private static boolean carriesTime(String name) {
        return ROTATED.matcher(name).matches() || TimeInName.find(name).isPresent();
    }

    /** File History mirrors a whole disk: look a little way down, breadth first, for files named with times. */
    private static boolean sampleIsDated(EntryTree tree, List<String> start) {
        Deque<String> queue = new ArrayDeque<>(start);
        int files = 0;
        int dated = 0;
        while (!queue.isEmpty() && files + queue.size() < SAMPLE * 4 && files < SAMPLE) {
            String dir = queue.poll();
            try {
                for (String name : tree.list(dir)) {
                    String p = EntryTree.child(dir, name);
                    if (tree.isFolder(p)) {
                        queue.add(p);
                    } else {
                        files++;
                        if (TimeInName.find(name).filter(TimeInName.Found::hasTime).isPresent()) {
                            dated++;
                        }
                    }
                }
            } catch (IOException e) {
                // unreadable corners do not decide the layout
            }
        }
        return files > 0 && dated * 2 >= files;
    }

    @Override
    public Result read(ScanContext context) throws IOException {
        Walk walk = context.tree().walk("");
        List<ScanWarning> warnings = new ArrayList<>();
        Map<String, Group> groups = new TreeMap<>();
        Deque<Group> owners = new ArrayDeque<>(); // the sets of the dated folders around the entry, innermost first
        Deque<Integer> ownerDepths = new ArrayDeque<>();
        long unmatched = 0;
        String firstUnmatched = null;

        for (FileEntry e : walk.entries()) {
            while (!ownerDepths.isEmpty() && ownerDepths.peek() >= e.depth()) {
                ownerDepths.pop();
                owners.pop();
            }
            if (!owners.isEmpty()) {
                owners.peek().totals.add(e);
                continue;
            }
            Optional<Group> group = groupOf(e, context, groups, warnings);
            if (group.isPresent()) {
                group.get().paths.add(e.path());
                group.get().totals.add(e);
                if (e.directory()) {
                    owners.push(group.get());
                    ownerDepths.push(e.depth());
                }
            } else if (!e.directory()) {
                unmatched++;
                if (firstUnmatched == null) {
                    firstUnmatched = e.path();
                }
            }
        }
        warnings.addAll(0, walk.warnings()); // known once the walk is gone through; told first, as met first
        if (unmatched > 0) {
            warnings.add(ScanWarning.of(WarningCode.UNMATCHED, firstUnmatched, String.valueOf(unmatched)));
        }
        List<BackupSet> sets = new ArrayList<>();
        for (Group g : groups.values()) {
            sets.add(g.toSet(context));
        }
        return new Result(sets, warnings);
    }

    /** The set an entry starts or joins, by the time in its name; empty when its name carries none. */
    private static Optional<Group> groupOf(FileEntry e, ScanContext context, Map<String, Group> groups,
                                           List<ScanWarning> warnings) {
        if (e.directory() && ROTATED.matcher(e.name()).matches()) {
            // rsnapshot renames daily.0 to daily.1 at each run: the folder's own time is the backup's time.
            String key = "rotated:" + e.name();
            Group g = groups.computeIfAbsent(key, k -> new Group(e.modified(), false, TimeSource.MTIME));
            return Optional.of(g);
        }
        Optional<TimeInName.Found> found = TimeInName.find(e.name());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TimeInName.Found f = found.get();
        Instant time;
        if (f.utc()) {
            time = f.local().toInstant(java.time.ZoneOffset.UTC);
        } else {
            LocalTimes.Resolved resolved = LocalTimes.resolve(f.local(), context.zone(), e.path());
            time = resolved.instant();
            if (f.hasTime()) {
                resolved.warning().ifPresent(warnings::add);
            }
        }
        String key = "time:" + time + (f.hasTime() ? "" : ":date");
        return Optional.of(groups.computeIfAbsent(key, k -> new Group(time, !f.hasTime(), TimeSource.NAME)));
    }

    /** The entries that make one backup set. */
    private static final class Group {
        private final Instant nameTime;
        private final boolean dateOnly;
        private final TimeSource source;
        private final List<String> paths = new ArrayList<>();
        private final Totals totals = new Totals();

        Group(Instant nameTime, boolean dateOnly, TimeSource source) {
            this.nameTime = nameTime;
            this.dateOnly = dateOnly;
            this.source = source;
        }

        BackupSet toSet(ScanContext context) {
            Instant time = nameTime;
            TimeSource timeSource = source;
            // A name with only a date says nothing of the hour; the files' own time does, when it is that day.
            Optional<Instant> newest = totals.newest();
            if (dateOnly && newest.isPresent()) {
                LocalDate day = nameTime.atZone(context.zone()).toLocalDate();
                if (newest.get().atZone(context.zone()).toLocalDate().equals(day)) {
                    time = newest.get();
                    timeSource = TimeSource.MTIME;
                }
            }
            paths.sort(null);
            String name = paths.get(0).substring(paths.get(0).lastIndexOf('/') + 1);
            if (paths.size() > 1) {
                name = name + " (+" + (paths.size() - 1) + ")";
            }
            Map<String, Object> details = new LinkedHashMap<>();
            return totals.toSet(time, name, paths, timeSource, details);
        }
    }
}
