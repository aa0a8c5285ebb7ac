package dev.vigie.source.drive;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.health.ThreeTwoOne;
import dev.vigie.source.local.ListedTree;
import dev.vigie.source.local.ListingScanner;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inventories a Google Drive folder from its metadata alone, with the same layout recognition as a local folder.
 * A single-file backup set carries Drive's MD5 in its details, for the 3-2-1 view and the cloud-copy comparison.
 */
public final class DriveScanner {

    /** The longest a whole listing may take, whatever the server does (a server can trickle bytes forever). */
    static final Duration LISTING_DEADLINE = Duration.ofMinutes(30);

    private final DriveEndpoint endpoint;
    private final Duration deadline;
    private final ListingScanner recogniser = new ListingScanner();

    public DriveScanner(DriveEndpoint endpoint) {
        this(endpoint, LISTING_DEADLINE);
    }

    DriveScanner(DriveEndpoint endpoint, Duration deadline) {
        this.endpoint = endpoint;
        this.deadline = deadline;
    }

    public DriveEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Everything under the folder.
     *
     * @param folder {@code gdrive:ID}, a folder link or an id
     * @throws dev.vigie.backup.InputProblem when the folder cannot be listed (not connected, not found, offline...)
     */
    public DriveListing list(String folder, ScanProgress progress) {
        String id = DriveFolderRef.id(folder);
        DriveCalls calls = DriveCalls.open(endpoint);
        try (DriveCalls.Deadline ignored = calls.deadline(deadline)) {
            return new DriveLister(calls, progress).list(id);
        }
    }

    /**
     * Checks that a folder exists, is a folder and is visible to this account, with one request.
     *
     * @return its id
     */
    public String folder(String folder) {
        String id = DriveFolderRef.id(folder);
        return new DriveLister(DriveCalls.open(endpoint), ScanProgress.NONE).folder(id).getId();
    }

    /** The folder's backup sets; its source is {@code gdrive:ID}. */
    public Inventory scan(String folder, Optional<Layout> layout, ZoneId zone, Instant now, ScanProgress progress) {
        return inventory(list(folder, progress), layout, zone, now, progress);
    }

    /** The backup sets of a listing already made. */
    public Inventory inventory(DriveListing listing, Optional<Layout> layout, ZoneId zone, Instant now,
                               ScanProgress progress) {
        ListedTree tree = new ListedTree(listing.folderName(), listing.modified(), listing.entries(), progress);
        Inventory found = recogniser.scan(DriveFolderRef.location(listing.folderId()), tree, layout, zone, now,
                listing.warnings());
        List<BackupSet> withMd5 = found.backups().stream().map(set -> withMd5(set, listing)).toList();
        return new Inventory(found.source(), found.layout(), withMd5, found.warnings(), found.filesSeen());
    }

    private static BackupSet withMd5(BackupSet set, DriveListing listing) {
        if (set.fileCount() != 1 || set.paths().size() != 1) {
            return set;
        }
        Optional<String> md5 = listing.md5(set.paths().get(0));
        if (md5.isEmpty()) {
            return set;
        }
        Map<String, Object> details = new LinkedHashMap<>(set.details());
        details.put(ThreeTwoOne.MD5, md5.get());
        return new BackupSet(set.time(), set.name(), set.paths(), set.sizeBytes(), set.fileCount(),
                set.timeSource(), details);
    }
}
