package dev.vigie.store;

import dev.vigie.audit.ChainKey;
import dev.vigie.io.OwnerOnly;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The audit chain's key, in {@code audit.key} beside the database (mode 0600): outside the database, so that a copy
 * of {@code vigie.db} alone cannot be re-chained. Made at the first append that finds none, keying the log from that
 * entry on; the entries before keep their plain hashes.
 */
final class AuditKeyFile {

    static final String NAME = "audit.key";
    private static final String TAG = "vigie-audit-key-1";
    private static final int KEY_BYTES = 32;

    private AuditKeyFile() {
    }

    /** The key of the database {@code c} is connected to, if it has one. */
    static Optional<ChainKey> read(Connection c) throws SQLException {
        return read(keyFile(c));
    }

    /** The key, made now (keying entries from {@code nextSeq} on) when there is none. Inside the append's lock. */
    static ChainKey obtain(Connection c, long nextSeq) throws SQLException {
        Path file = keyFile(c);
        Optional<ChainKey> existing = read(file);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] secret = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        ChainKey key = new ChainKey(secret, nextSeq);
        String text = TAG + "\nsince=" + nextSeq + "\nkey=" + HexFormat.of().formatHex(secret) + "\n";
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OwnerOnly.FILE)}
                : new FileAttribute<?>[0];
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
        try (SeekableByteChannel channel = Files.newByteChannel(file, options, attrs)) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (FileAlreadyExistsException e) {
            return read(file).orElseThrow(() -> new StoreException("Cannot read the audit key " + file, e));
        } catch (IOException e) {
            throw new StoreException("Cannot write the audit key " + file + ": " + e.getMessage(), e);
        }
        try {
            OwnerOnly.restrict(file, false);
        } catch (IOException e) {
            throw new StoreException("Cannot make the audit key " + file + " private: " + e.getMessage(), e);
        }
        return key;
    }

    private static Optional<ChainKey> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot read the audit key " + file + ": " + e.getMessage(), e);
        }
        String[] lines = text.split("\n");
        if (lines.length < 3 || !lines[0].equals(TAG) || !lines[1].startsWith("since=")
                || !lines[2].startsWith("key=")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChainKey(HexFormat.of().parseHex(lines[2].substring(4).strip()),
                    Long.parseLong(lines[1].substring(6).strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Path keyFile(Connection c) throws SQLException {
        String url = c.getMetaData().getURL();
        String prefix = "jdbc:sqlite:";
        if (url == null || !url.startsWith(prefix)) {
            throw new StoreException("The audit log needs a database file, not " + url, null);
        }
        Path database = Path.of(url.substring(prefix.length())).toAbsolutePath();
        return database.resolveSibling(NAME);
    }
}
