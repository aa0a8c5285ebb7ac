package dev.vigie.source.local;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.WarningCode;
import dev.vigie.io.Folders;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inventories a local backup folder: recognises its layout (or takes the one given), groups its files into
 * backup sets and reports per-entry problems as warnings. Reads only; never creates, changes or deletes.
 */
public final class LocalScanner {

    /** Clocks of a NAS and of the computer disagree a little; only beyond this is a time "in the future". */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final LayoutDetector detector = new LayoutDetector();

    /** The layout Vigie would pick for {@code root}. */
    public Layout recognise(Path root) {
        Path folder = Folders.readable(root);
        try {
            return detector.detect(new LocalTree(folder, new FolderWalker(ScanProgress.NONE)));
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
    }

    /**
     * Scans {@code root}.
     *
     * @param layout   the layout to use, or empty to recognise it
     * @param zone     the zone local times in names are read in
     * @param now      the present, for "in the future" checks
     * @param progress told of files seen; may cancel
     * @throws InputProblem when the folder is missing, not a folder, or unreadable as a whole
     */
    public Inventory scan(Path root, Optional<Layout> layout, ZoneId zone, Instant now, ScanProgress progress) {
        Path folder = Folders.readable(root);
        LocalTree tree = new LocalTree(folder, new FolderWalker(progress));
        try {
            return inventory(folder.toString(), tree, layout, zone, now, List.of());
        } catch (FolderWalker.UncheckedWalkFailure e) {
            throw unreadable(folder, e.getCause());
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
    }

    /**
     * Recognises the layout of any tree (or takes the one given), groups its entries into backup sets and adds the
     * checks common to every layout; {@code earlier} are warnings met while the tree was gathered.
     */
    static Inventory inventory(String source, EntryTree tree, Optional<Layout> layout, ZoneId zone, Instant now,
                               List<ScanWarning> earlier) throws IOException {
        Layout used = layout.isPresent() ? layout.get() : new LayoutDetector().detect(tree);
        LayoutReader.Result result = readerFor(used).read(new ScanContext(tree, used, zone, now));
        List<ScanWarning> warnings = new ArrayList<>(earlier);
        warnings.addAll(result.warnings());
        for (BackupSet set : result.backups()) {
            if (set.time().isAfter(now.plus(FUTURE_TOLERANCE))) {
                warnings.add(ScanWarning.of(WarningCode.FUTURE_TIME,
                        set.paths().isEmpty() ? set.name() : set.paths().get(0), set.time().toString()));
            }
        }
        return new Inventory(source, used, result.backups(), warnings, tree.filesSeen());
    }

    private static LayoutReader readerFor(Layout layout) {
        return switch (layout) {
            case WHATSAPP_ANDROID, WHATSAPP_BUSINESS_ANDROID -> new WhatsAppReader();
            case IOS_DEVICE_BACKUP -> new IosBackupReader();
            case DATED_SNAPSHOTS -> new DatedSnapshotsReader();
            case GENERIC, RESTIC_REPOSITORY, BORG_REPOSITORY -> new GenericReader();
        };
    }

    private static InputProblem unreadable(Path folder, IOException e) {
        return new InputProblem(e, "error.path.unreadable", folder.toString(), Reasons.of(e));
    }
}
