package dev.vigie.verify;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSString;
import dev.vigie.io.Plists;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The device folder of an iPhone or iPad backup made by Finder or iTunes: it finished ({@code Status.plist}
 * {@code SnapshotState} is {@code finished}), it is encrypted ({@code Manifest.plist} {@code IsEncrypted}), its
 * lists and its {@code Manifest.db} are there, and, when not encrypted, {@code Manifest.db} is an SQLite database
 * with a {@code Files} table (its soundness is then checked as any database's). Whether WhatsApp's chats are in the
 * backup is read from the stored names alone: a file is stored under the SHA-1 of its domain, a dash and its path,
 * so this works on encrypted backups too, and nothing is opened.
 */
final class IosBackupCheck {

    static final String INFO = "Info.plist";
    static final String MANIFEST = "Manifest.plist";
    static final String STATUS = "Status.plist";
    static final String MANIFEST_DB = "Manifest.db";
    /** SHA-1 of {@code AppDomainGroup-group.net.whatsapp.WhatsApp.shared-ChatStorage.sqlite}. */
    static final String WHATSAPP_CHATS = "7c/7c7fba66680ef796b916b067077cc246adacf01d";
    /** SHA-1 of {@code AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared-ChatStorage.sqlite}. */
    static final String WHATSAPP_BUSINESS_CHATS = "72/724bd3b98b18518b455a87c1f3ac3a0d189c4466";
    /** Info.plist lists the installed apps with their icons; far beyond this it is no list Finder wrote. */
    private static final long PLIST_MAX_BYTES = 128L * 1024 * 1024;

    private IosBackupCheck() {
    }

    /** The rule the scanner uses: a manifest, or the two lists every backup writes first. */
    static boolean isDeviceFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST)) || Files.isRegularFile(dir.resolve(MANIFEST_DB))
                || Files.isRegularFile(dir.resolve(INFO)) && Files.isRegularFile(dir.resolve(STATUS));
    }

    /** Checks the device folder {@code device} (at {@code path} in the source) of the set {@code backup}. */
    static Map<String, Object> check(Verifier.Run run, String backup, String path, Path device) {
        Optional<NSDictionary> status = plist(run, backup, path, device, STATUS);
        Optional<NSDictionary> manifest = plist(run, backup, path, device, MANIFEST);
        plist(run, backup, path, device, INFO);

        status.ifPresent(s -> {
            String state = s.objectForKey("SnapshotState") instanceof NSString text ? text.getContent() : "unknown";
            if (!state.equals("finished")) {
                run.add(IntegrityCode.IOS_INCOMPLETE.finding(backup, join(path, STATUS), state));
            }
        });

        Path db = device.resolve(MANIFEST_DB);
        String dbPath = join(path, MANIFEST_DB);
        Optional<Boolean> declared = manifest.map(m -> m.objectForKey("IsEncrypted"))
                .filter(NSNumber.class::isInstance).map(n -> ((NSNumber) n).boolValue());
        Optional<byte[]> dbHead;
        if (Files.exists(db)) {
            dbHead = head(run, backup, dbPath, db);
        } else {
            run.add(IntegrityCode.MISSING_FILE.finding(backup, dbPath, path.isEmpty() ? backup : path));
            dbHead = Optional.empty();
        }
        // Since iOS 10.2 an encrypted backup's Manifest.db is encrypted too: without the flag, its header tells.
        boolean encrypted = declared.orElse(dbHead.isPresent() && dbHead.get().length > 0
                && !SqliteCheck.hasMagic(dbHead.get(), dbHead.get().length));
        if (!encrypted) {
            run.add(IntegrityCode.IOS_UNENCRYPTED.finding(backup, path));
            dbHead.ifPresent(h -> manifestDb(run, backup, dbPath, db, h));
        }

        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("encrypted", encrypted);
        facts.put("whatsapp", Files.isRegularFile(device.resolve(WHATSAPP_CHATS)));
        facts.put("whatsappBusiness", Files.isRegularFile(device.resolve(WHATSAPP_BUSINESS_CHATS)));
        return facts;
    }

    /** An unencrypted backup's manifest must be a database that lists files; damage inside is the file loop's. */
    private static void manifestDb(Verifier.Run run, String backup, String dbPath, Path db, byte[] head) {
        if (head.length == 0) {
            return;
        }
        if (!SqliteCheck.hasMagic(head, head.length)) {
            run.add(IntegrityCode.CORRUPT_SQLITE.finding(backup, dbPath, "not an SQLite database"));
            return;
        }
        try {
            if (SqliteCheck.headerProblem(head, head.length, Files.size(db)).isPresent()) {
                return; // the database check of the file itself says what is wrong, once
            }
            SqliteCheck.missingTable(run, db, "Files").ifPresent(
                    problem -> run.add(IntegrityCode.CORRUPT_SQLITE.finding(backup, dbPath, problem)));
        } catch (Reading.SourceReadException e) {
            run.add(IntegrityCode.UNREADABLE.finding(backup, dbPath, e.reason()));
        } catch (IOException e) {
            run.add(IntegrityCode.UNREADABLE.finding(backup, dbPath, Reasons.of(e)));
        }
    }

    /** The first bytes of the manifest database; empty (with a finding) when it cannot be read or is empty. */
    private static Optional<byte[]> head(Verifier.Run run, String backup, String dbPath, Path db) {
        try (FileChannel channel = run.reading().open(db)) {
            if (channel.size() == 0) {
                run.add(IntegrityCode.ZERO_SIZE.finding(backup, dbPath));
                return Optional.of(new byte[0]);
            }
            byte[] head = new byte[SqliteCheck.HEADER_BYTES];
            int n = run.reading().readAt(channel, 0, head, head.length);
            return Optional.of(Arrays.copyOf(head, n));
        } catch (Reading.SourceReadException e) {
            run.add(IntegrityCode.UNREADABLE.finding(backup, dbPath, e.reason()));
        } catch (IOException e) {
            run.add(IntegrityCode.UNREADABLE.finding(backup, dbPath, Reasons.of(e)));
        }
        return Optional.empty();
    }

    /** The dictionary of one list; a missing, empty, unreadable or malformed list is a finding. */
    private static Optional<NSDictionary> plist(Verifier.Run run, String backup, String path, Path device,
                                                String name) {
        Path file = device.resolve(name);
        String rel = join(path, name);
        if (!Files.exists(file)) {
            run.add(IntegrityCode.MISSING_FILE.finding(backup, rel, path.isEmpty() ? backup : path));
            return Optional.empty();
        }
        byte[] bytes;
        try (FileChannel channel = run.reading().open(file)) {
            long size = channel.size();
            if (size == 0) {
                run.add(IntegrityCode.ZERO_SIZE.finding(backup, rel));
                return Optional.empty();
            }
            if (size > PLIST_MAX_BYTES) {
                run.add(IntegrityCode.CORRUPT_PLIST.finding(backup, rel,
                        "larger than " + PLIST_MAX_BYTES / (1024 * 1024) + " MB"));
                return Optional.empty();
            }
            bytes = new byte[(int) size];
            int n = run.reading().readAt(channel, 0, bytes, bytes.length);
            bytes = n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
        } catch (Reading.SourceReadException e) {
            run.add(IntegrityCode.UNREADABLE.finding(backup, rel, e.reason()));
            return Optional.empty();
        } catch (IOException e) {
            run.add(IntegrityCode.UNREADABLE.finding(backup, rel, Reasons.of(e)));
            return Optional.empty();
        }
        try {
            if (Plists.parse(bytes) instanceof NSDictionary dictionary) {
                return Optional.of(dictionary);
            }
            run.add(IntegrityCode.CORRUPT_PLIST.finding(backup, rel, "not a dictionary"));
        } catch (Exception e) {
            // The parser meets arbitrary bytes and fails in many ways (format, XML, index out of bounds...).
            run.add(IntegrityCode.CORRUPT_PLIST.finding(backup, rel, Reasons.of(e)));
        }
        return Optional.empty();
    }

    static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
