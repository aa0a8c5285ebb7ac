package dev.vigie.source.local;

import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.TimeSource;
import dev.vigie.backup.WarningCode;
import dev.vigie.io.Plists;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * iPhone and iPad backups made by Finder or iTunes: one backup set per device folder, timed and described by the
 * folder's property lists. Takes a device folder itself, a {@code MobileSync/Backup} folder holding several, or
 * the {@code MobileSync} folder above it.
 *
 * <p>Only {@code Info.plist}, {@code Manifest.plist} and {@code Status.plist} are read; {@code Manifest.db} and the
 * hashed files are only listed, never opened. When the scanned folder is the device folder itself, the set's only
 * path is {@code ""}, the source itself, as in {@link ScanWarning}: paths stay resolvable against the source.
 */
final class IosBackupReader implements LayoutReader {

    static final String INFO = "Info.plist";
    static final String MANIFEST = "Manifest.plist";
    static final String MANIFEST_DB = "Manifest.db";
    static final String STATUS = "Status.plist";
    static final String BACKUP = "Backup";

    /**
     * In a real {@code Backup} folder nearly every entry is a device folder, so a handful tells; the cap keeps
     * detection to a few dozen stat calls on a large folder of something else.
     */
    private static final int CHILDREN_EXAMINED = 16;

    /**
     * An {@code Info.plist} lists the installed apps with their icons and can reach tens of megabytes; anything
     * far beyond that is not a property list written by Finder, and would only cost memory.
     */
    private static final long PLIST_MAX_BYTES = 128L * 1024 * 1024;

    /** A device folder holds its manifest, or at least the two lists every backup writes first. */
    static boolean looksLikeDeviceFolder(EntryTree tree, String dir) {
        return tree.isFile(EntryTree.child(dir, MANIFEST)) || tree.isFile(EntryTree.child(dir, MANIFEST_DB))
                || tree.isFile(EntryTree.child(dir, INFO)) && tree.isFile(EntryTree.child(dir, STATUS));
    }

    static boolean looksLikeDeviceFolder(Path dir) {
        return looksLikeDeviceFolder(new LocalTree(dir, null), "");
    }

    /** A folder holding device folders ({@code MobileSync/Backup}), or the {@code MobileSync} folder above it. */
    static boolean looksLikeBackupRoot(EntryTree tree, String dir) {
        if (hasDeviceFolder(tree, dir)) {
            return true;
        }
        String backup = EntryTree.child(dir, BACKUP);
        return tree.isFolder(backup) && hasDeviceFolder(tree, backup);
    }

    static boolean looksLikeBackupRoot(Path dir) {
        return looksLikeBackupRoot(new LocalTree(dir, null), "");
    }

    private static boolean hasDeviceFolder(EntryTree tree, String dir) {
        try {
            int examined = 0;
            for (String name : tree.list(dir)) {
                String child = EntryTree.child(dir, name);
                if (tree.isFolder(child) && looksLikeDeviceFolder(tree, child)) {
                    return true;
                }
                if (++examined >= CHILDREN_EXAMINED) {
                    return false;
                }
            }
            return false;
        } catch (IOException | SecurityException e) {
            // A folder that cannot be listed looks like nothing in particular; the scan says why it cannot read it.
            return false;
        }
    }

    @Override
    public Result read(ScanContext context) throws IOException {
        EntryTree tree = context.tree();
        List<BackupSet> sets = new ArrayList<>();
        List<ScanWarning> warnings = new ArrayList<>();
        if (looksLikeDeviceFolder(tree, "")) {
            // The scanned folder is the backup: failing to walk it is failing to read the source.
            sets.add(readDevice(context, "", warnings));
            return new Result(sets, warnings);
        }
        for (String device : deviceFolders(tree)) {
            try {
                sets.add(readDevice(context, device, warnings));
            } catch (FolderWalker.UncheckedWalkFailure e) {
                warnings.add(FolderWalker.failure(device, e.getCause()));
            }
        }
        return new Result(sets, warnings);
    }

    /** The device folders under a {@code Backup} folder, or under the {@code Backup} folder inside {@code root}. */
    private static List<String> deviceFolders(EntryTree tree) throws IOException {
        List<String> found = deviceChildren(tree, "");
        if (found.isEmpty() && tree.isFolder(BACKUP)) {
            found = deviceChildren(tree, BACKUP);
        }
        return found;
    }

    private static List<String> deviceChildren(EntryTree tree, String dir) throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : tree.list(dir)) {
            String child = EntryTree.child(dir, name);
            if (tree.isFolder(child) && looksLikeDeviceFolder(tree, child)) {
                found.add(child);
            }
        }
        found.sort(Comparator.comparing(EntryTree::lastSegment));
        return found;
    }

    private static BackupSet readDevice(ScanContext context, String device, List<ScanWarning> warnings)
            throws IOException {
        EntryTree tree = context.tree();
        Walk walk = tree.walk(device);
        Totals totals = new Totals();
        walk.entries().forEach(totals::add);
        warnings.addAll(walk.warnings());

        Optional<NSDictionary> info = readPlist(tree, EntryTree.child(device, INFO), warnings);
        Optional<NSDictionary> manifest = readPlist(tree, EntryTree.child(device, MANIFEST), warnings);
        Optional<NSDictionary> status = readPlist(tree, EntryTree.child(device, STATUS), warnings);

        String path = device;
        Optional<Instant> written = date(status, "Date")
                .or(() -> date(info, "Last Backup Date"))
                .or(() -> date(manifest, "Date"));
        Instant time;
        TimeSource timeSource;
        if (written.isPresent()) {
            time = written.get();
            timeSource = TimeSource.METADATA;
        } else {
            time = tree.modified(device);
            timeSource = TimeSource.MTIME;
            warnings.add(ScanWarning.of(WarningCode.NO_TIME, path));
        }

        Map<String, Object> details = new LinkedHashMap<>();
        text(info, "Device Name").ifPresent(v -> details.put("deviceName", v));
        text(info, "Product Type").ifPresent(v -> details.put("productType", v));
        text(info, "Product Version").ifPresent(v -> details.put("iosVersion", v));
        flag(manifest, "IsEncrypted").ifPresent(v -> details.put("isEncrypted", v));
        text(status, "SnapshotState").ifPresent(v -> details.put("snapshotState", v));

        String name = device.isEmpty() ? tree.rootName() : EntryTree.lastSegment(device);
        return totals.toSet(time, name, List.of(path), timeSource, details);
    }

    /**
     * The dictionary at the top of a property list, XML or binary. A missing, unreadable or malformed list is a
     * warning: the backup is still listed with what the other lists say.
     */
    private static Optional<NSDictionary> readPlist(EntryTree tree, String rel, List<ScanWarning> warnings) {
        if (!tree.exists(rel)) {
            warnings.add(ScanWarning.of(WarningCode.MISSING_PLIST, rel));
            return Optional.empty();
        }
        if (!tree.isFile(rel)) {
            warnings.add(ScanWarning.of(WarningCode.UNREADABLE_PLIST, rel, "not a file"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            if (tree.size(rel) > PLIST_MAX_BYTES) {
                warnings.add(ScanWarning.of(WarningCode.UNREADABLE_PLIST, rel,
                        "larger than " + PLIST_MAX_BYTES / (1024 * 1024) + " MB"));
                return Optional.empty();
            }
            bytes = tree.read(rel);
        } catch (IOException e) {
            warnings.add(FolderWalker.failure(rel, e));
            return Optional.empty();
        }
        NSObject parsed;
        try {
            parsed = Plists.parse(bytes);
        } catch (Exception e) {
            // The parser meets arbitrary bytes here and fails in many ways (format, XML, index out of bounds...).
            warnings.add(ScanWarning.of(WarningCode.UNREADABLE_PLIST, rel, Reasons.of(e)));
            return Optional.empty();
        }
        if (parsed instanceof NSDictionary dictionary) {
            return Optional.of(dictionary);
        }
        warnings.add(ScanWarning.of(WarningCode.UNREADABLE_PLIST, rel,
                parsed == null ? "empty" : "not a dictionary"));
        return Optional.empty();
    }


    private static Optional<Instant> date(Optional<NSDictionary> plist, String key) {
        return value(plist, key, NSDate.class).map(d -> d.getDate().toInstant());
    }

    private static Optional<String> text(Optional<NSDictionary> plist, String key) {
        return value(plist, key, NSString.class).map(NSString::getContent);
    }

    private static Optional<Boolean> flag(Optional<NSDictionary> plist, String key) {
        return value(plist, key, NSNumber.class).map(NSNumber::boolValue);
    }

    /** A value of the expected type; one of another type is treated as absent, like a missing key. */
    private static <T extends NSObject> Optional<T> value(Optional<NSDictionary> plist, String key, Class<T> type) {
        return plist.map(p -> p.objectForKey(key)).filter(type::isInstance).map(type::cast);
    }
}
