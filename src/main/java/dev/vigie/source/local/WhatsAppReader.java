package dev.vigie.source.local;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.TimeSource;
import dev.vigie.backup.WarningCode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WhatsApp and WhatsApp Business on Android: the {@code Databases} folder. {@code msgstore.db.cryptNN} is the
 * latest backup, {@code msgstore-YYYY-MM-DD.N.db.cryptNN} the dated older copies the phone keeps for about a
 * week; companions such as {@code wa.db.cryptNN} (contacts) belong to the backup made at the same time.
 */
final class WhatsAppReader implements LayoutReader {

    /** WhatsApp's default daily backup time, used when only a name's date is trustworthy. */
    static final LocalTime DEFAULT_BACKUP_TIME = LocalTime.of(2, 0);
    /** Beyond this gap between a dated copy's name and its modified time, the modified time is not believed. */
    static final Duration NAME_TOLERANCE = Duration.ofDays(1);
    /** Files copied off a phone together all carry the copy time: this close, they share "nearly the same time". */
    static final Duration SAME_TIME = Duration.ofMinutes(2);
    /** How far a companion file may be from its backup's time. */
    static final Duration COMPANION_WINDOW = Duration.ofHours(12);

    private static final Pattern LATEST = Pattern.compile("msgstore\\.db\\.(crypt\\d+)");
    private static final Pattern DATED = Pattern.compile("msgstore-(\\d{4}-\\d{2}-\\d{2})\\.\\d+\\.db\\.(crypt\\d+)");
    private static final Pattern COMPANION = Pattern.compile("\\w+\\.db\\.crypt\\d+");
    private static final Pattern DATED_COMPANION = Pattern.compile("\\w+-(\\d{4}-\\d{2}-\\d{2})\\.\\d+\\.db\\.crypt\\d+");

    /** Folder names on the way from a phone copy down to {@code Databases}; nothing else is entered. */
    private static final Set<String> WAY_DOWN = Set.of("whatsapp", "whatsapp business", "android", "media",
            "com.whatsapp", "com.whatsapp.w4b", "databases", "internal storage", "internal shared storage",
            "stockage interne", "stockage interne partagé");
    private static final Set<String> BUSINESS_MARKS = Set.of("whatsapp business", "com.whatsapp.w4b");
    private static final int MAX_DEPTH = 6;

    /** Where the backups are, which WhatsApp wrote them, and the other WhatsApp folders seen beside it. */
    record Location(String databases, Layout layout, List<String> others) {
    }

    /**
     * Finds the {@code Databases} folder at or below {@code root} (only through the folder names a phone copy
     * has), preferring one of the {@code wanted} layout. Reads names only.
     */
    static Optional<Location> locate(EntryTree tree, Optional<Layout> wanted) throws IOException {
        List<String> found = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("");
        while (!queue.isEmpty()) {
            String dir = queue.poll();
            boolean holdsBackups = false;
            List<String> children = new ArrayList<>();
            try {
                for (String name : tree.list(dir)) {
                    String child = EntryTree.child(dir, name);
                    if (LATEST.matcher(name).matches() || DATED.matcher(name).matches()) {
                        holdsBackups = true;
                    } else if (dir.isEmpty() || EntryTree.segments(dir) < MAX_DEPTH) {
                        if (WAY_DOWN.contains(name.toLowerCase(Locale.ROOT)) && tree.isFolder(child)) {
                            children.add(child);
                        }
                    }
                }
            } catch (IOException e) {
                if (dir.isEmpty()) {
                    throw e;
                }
                continue; // an unreadable folder on the way down is simply not a candidate
            }
            if (holdsBackups) {
                found.add(dir);
            }
            children.sort(Comparator.naturalOrder());
            queue.addAll(children);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String chosen = found.stream()
                .filter(p -> wanted.isEmpty() || layoutOf(tree, p) == wanted.get())
                .findFirst().orElse(found.get(0));
        List<String> others = found.stream().filter(p -> !p.equals(chosen)).toList();
        return Optional.of(new Location(chosen, wanted.filter(Layout::isWhatsApp).orElse(layoutOf(tree, chosen)),
                others));
    }

    /** Business when a folder on the way, the root's own path included, is WhatsApp Business's. */
    private static Layout layoutOf(EntryTree tree, String databases) {
        List<String> parts = new ArrayList<>(tree.rootSegments());
        if (!databases.isEmpty()) {
            parts.addAll(List.of(databases.split("/")));
        }
        for (String part : parts) {
            if (BUSINESS_MARKS.contains(part.toLowerCase(Locale.ROOT))) {
                return Layout.WHATSAPP_BUSINESS_ANDROID;
            }
        }
        return Layout.WHATSAPP_ANDROID;
    }

    @Override
    public Result read(ScanContext context) throws IOException {
        EntryTree tree = context.tree();
        Optional<Location> location = locate(tree, Optional.of(context.layout()));
        List<ScanWarning> warnings = new ArrayList<>();
        String databases = location.map(Location::databases).orElse("");
        location.ifPresent(l -> l.others().forEach(other -> warnings.add(ScanWarning.of(
                WarningCode.SEVERAL_FOLDERS, other, databases))));

        Walk walk = tree.walk(databases);
        int depth = EntryTree.segments(databases) + 1;

        List<Candidate> backups = new ArrayList<>();
        List<FileEntry> companions = new ArrayList<>();
        for (FileEntry e : walk.entries()) {
            if (e.directory() || e.depth() != depth) {
                continue;
            }
            Matcher latest = LATEST.matcher(e.name());
            Matcher dated = DATED.matcher(e.name());
            if (latest.matches()) {
                backups.add(new Candidate(e, Optional.empty(), latest.group(1)));
            } else if (dated.matches()) {
                backups.add(new Candidate(e, parseDate(dated.group(1)), dated.group(2)));
            } else if (COMPANION.matcher(e.name()).matches() || DATED_COMPANION.matcher(e.name()).matches()) {
                companions.add(e);
            }
        }

        warnings.addAll(walk.warnings()); // complete once the walk is gone through
        boolean copied = lostTheirTimes(backups);
        for (Candidate c : backups) {
            c.decideTime(context, copied, warnings);
        }
        for (FileEntry companion : companions) {
            Optional<Candidate> owner = ownerOf(companion, backups);
            if (owner.isPresent()) {
                owner.get().members.add(companion);
            } else {
                warnings.add(ScanWarning.of(WarningCode.ORPHAN_FILE, companion.path()));
            }
        }
        List<BackupSet> sets = backups.stream().map(Candidate::toSet).toList();
        return new Result(sets, warnings);
    }

    /** Copies pulled off a phone often all carry the copy time: then the times say nothing about the backups. */
    private static boolean lostTheirTimes(List<Candidate> backups) {
        if (backups.size() < 2 || backups.stream().allMatch(c -> c.nameDate.isEmpty())) {
            return false;
        }
        Instant min = backups.stream().map(c -> c.file.modified()).min(Comparator.naturalOrder()).orElseThrow();
        Instant max = backups.stream().map(c -> c.file.modified()).max(Comparator.naturalOrder()).orElseThrow();
        return Duration.between(min, max).compareTo(SAME_TIME) < 0;
    }

    private static Optional<Candidate> ownerOf(FileEntry companion, List<Candidate> backups) {
        Matcher dated = DATED_COMPANION.matcher(companion.name());
        if (dated.matches()) {
            Optional<LocalDate> date = parseDate(dated.group(1));
            return backups.stream().filter(c -> c.nameDate.isPresent() && c.nameDate.equals(date)).findFirst();
        }
        return backups.stream()
                .filter(c -> Duration.between(c.file.modified(), companion.modified()).abs()
                        .compareTo(COMPANION_WINDOW) <= 0)
                .min(Comparator.comparing((Candidate c) -> Duration.between(c.file.modified(),
                        companion.modified()).abs()).thenComparing(c -> c.nameDate.isPresent()));
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** One msgstore file, the companions that join it, and the time decided for it. */
    private static final class Candidate {
        private final FileEntry file;
        private final Optional<LocalDate> nameDate;
        private final String crypt;
        private final List<FileEntry> members = new ArrayList<>();
        private Instant time;
        private TimeSource timeSource = TimeSource.MTIME;

        Candidate(FileEntry file, Optional<LocalDate> nameDate, String crypt) {
            this.file = file;
            this.nameDate = nameDate;
            this.crypt = crypt;
            this.time = file.modified();
            members.add(file);
        }

        void decideTime(ScanContext context, boolean copied, List<ScanWarning> warnings) {
            if (nameDate.isEmpty()) {
                if (copied) {
                    warnings.add(ScanWarning.of(WarningCode.COPY_TIME, file.path(), file.modified().toString()));
                }
                return;
            }
            LocalTimes.Resolved byName = LocalTimes.resolve(nameDate.get().atTime(DEFAULT_BACKUP_TIME),
                    context.zone(), file.path());
            boolean disagrees = Duration.between(byName.instant(), file.modified()).abs()
                    .compareTo(NAME_TOLERANCE) > 0;
            if (copied || disagrees) {
                time = byName.instant();
                timeSource = TimeSource.NAME;
                warnings.add(ScanWarning.of(WarningCode.TIME_FROM_NAME, file.path(), nameDate.get().toString()));
                byName.warning().ifPresent(warnings::add);
            }
        }

        BackupSet toSet() {
            long size = 0;
            List<String> paths = new ArrayList<>();
            for (FileEntry m : members) {
                size += m.size();
                paths.add(m.path());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("role", nameDate.isPresent() ? "dated" : "latest");
            details.put("crypt", crypt);
            return new BackupSet(time, file.name(), paths, size, members.size(), timeSource, details);
        }
    }
}
