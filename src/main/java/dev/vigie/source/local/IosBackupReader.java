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
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
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
    static boolean looksLikeDeviceFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST)) || Files.isRegularFile(dir.resolve(MANIFEST_DB))
                || Files.isRegularFile(dir.resolve(INFO)) && Files.isRegularFile(dir.resolve(STATUS));
    }

    /** A folder holding device folders ({@code MobileSync/Backup}), or the {@code MobileSync} folder above it. */
    static boolean looksLikeBackupRoot(Path dir) {
        if (hasDeviceFolder(dir)) {
            return true;
        }
        Path backup = dir.resolve(BACKUP);
        return LocalScanner.isFolder(backup) && hasDeviceFolder(backup);
    }

    private static boolean hasDeviceFolder(Path dir) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            int examined = 0;
            for (Path child : children) {
                if (LocalScanner.isFolder(child) && looksLikeDeviceFolder(child)) {
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
        Path root = context.root();
        List<BackupSet> sets = new ArrayList<>();
        List<ScanWarning> warnings = new ArrayList<>();
        if (looksLikeDeviceFolder(root)) {
            // The scanned folder is the backup: failing to walk it is failing to read the source.
            sets.add(readDevice(context, root, warnings));
            return new Result(sets, warnings);
        }
        for (Path device : deviceFolders(root)) {
            try {
                sets.add(readDevice(context, device, warnings));
            } catch (FolderWalker.UncheckedWalkFailure e) {
                warnings.add(FolderWalker.failure(root, device, e.getCause()));
            }
        }
        return new Result(sets, warnings);
    }

    /** The device folders under a {@code Backup} folder, or under the {@code Backup} folder inside {@code root}. */
    private static List<Path> deviceFolders(Path root) throws IOException {
        List<Path> found = deviceChildren(root);
        Path backup = root.resolve(BACKUP);
        if (found.isEmpty() && LocalScanner.isFolder(backup)) {
            found = deviceChildren(backup);
        }
        return found;
    }

    private static List<Path> deviceChildren(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                if (LocalScanner.isFolder(child) && looksLikeDeviceFolder(child)) {
                    found.add(child);
                }
            }
        }
        found.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return found;
    }

    private static BackupSet readDevice(ScanContext context, Path device, List<ScanWarning> warnings)
            throws IOException {
        Path root = context.root();
        Walk walk = context.walker().walk(root, device);
        Totals totals = new Totals();
        walk.entries().forEach(totals::add);
        warnings.addAll(walk.warnings());

        Optional<NSDictionary> info = readPlist(root, device.resolve(INFO), warnings);
        Optional<NSDictionary> manifest = readPlist(root, device.resolve(MANIFEST), warnings);
        Optional<NSDictionary> status = readPlist(root, device.resolve(STATUS), warnings);

        String path = FolderWalker.relative(root, device);
        Optional<Instant> written = date(status, "Date")
                .or(() -> date(info, "Last Backup Date"))
                .or(() -> date(manifest, "Date"));
        Instant time;
        TimeSource timeSource;
        if (written.isPresent()) {
            time = written.get();
            timeSource = TimeSource.METADATA;
        } else {
            time = Files.getLastModifiedTime(device).toInstant();
            timeSource = TimeSource.MTIME;
            warnings.add(ScanWarning.of(WarningCode.NO_TIME, path));
        }

        Map<String, Object> details = new LinkedHashMap<>();
        text(info, "Device Name").ifPresent(v -> details.put("deviceName", v));
        text(info, "Product Type").ifPresent(v -> details.put("productType", v));
        text(info, "Product Version").ifPresent(v -> details.put("iosVersion", v));
        flag(manifest, "IsEncrypted").ifPresent(v -> details.put("isEncrypted", v));
        text(status, "SnapshotState").ifPresent(v -> details.put("snapshotState", v));

        String name = device.getFileName() == null ? device.toString() : device.getFileName().toString();
        return totals.toSet(time, name, List.of(path), timeSource, details);
    }

    /**
     * The dictionary at the top of a property list, XML or binary. A missing, unreadable or malformed list is a
     * warning: the backup is still listed with what the other lists say.
     */
    private static Optional<NSDictionary> readPlist(Path root, Path file, List<ScanWarning> warnings) {
        String rel = FolderWalker.relative(root, file);
        if (!Files.exists(file)) {
            warnings.add(ScanWarning.of(WarningCode.MISSING_PLIST, rel));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            warnings.add(ScanWarning.of(WarningCode.UNREADABLE_PLIST, rel, "not a file"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            if (Files.size(file) > PLIST_MAX_BYTES) {
                warnings.add(ScanWarning.of(WarningCode.UNREADABLE_PLIST, rel,
                        "larger than " + PLIST_MAX_BYTES / (1024 * 1024) + " MB"));
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            warnings.add(FolderWalker.failure(root, file, e));
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
