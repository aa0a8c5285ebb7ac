package dev.vigie.restore;

import dev.vigie.backup.BackupSet;
import dev.vigie.io.Reasons;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Restores a backup of a local folder: ZIP archives entry by entry (each checked against its CRC-32), tar and
 * gzipped tar archives, and plain files and folders (dated snapshots, SQLite files) copied as they are. Every source
 * file is opened for reading only; nothing is ever created beside it.
 */
public final class LocalRestorer implements Restorer {

    private static final int BUFFER = 256 * 1024;

    private final Path root;

    /** @param root the source's folder, which the backup's paths are relative to */
    public LocalRestorer(Path root) {
        this.root = root;
    }

    private enum Kind { ZIP, TAR, TAR_GZ, PLAIN }

    private static Kind kind(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip")) {
            return Kind.ZIP;
        }
        if (n.endsWith(".tar")) {
            return Kind.TAR;
        }
        return n.endsWith(".tar.gz") || n.endsWith(".tgz") ? Kind.TAR_GZ : Kind.PLAIN;
    }

    @Override
    public List<Member> members(BackupSet backup) throws IOException {
        List<Member> all = new ArrayList<>();
        for (String path : backup.paths()) {
            Path item = root.resolve(path);
            if (Files.isDirectory(item, LinkOption.NOFOLLOW_LINKS)) {
                for (Path file : files(item)) {
                    all.add(new Member(relative(file), Files.size(file), Optional.empty()));
                }
            } else if (Files.isRegularFile(item, LinkOption.NOFOLLOW_LINKS)) {
                all.addAll(fileMembers(item, path));
            }
        }
        return all;
    }

    private List<Member> fileMembers(Path file, String path) throws IOException {
        return switch (kind(file)) {
            case ZIP -> zipMembers(file, path);
            case TAR, TAR_GZ -> tarMembers(file, path);
            case PLAIN -> List.of(new Member(path, Files.size(file), Optional.empty()));
        };
    }

    @Override
    public void restore(BackupSet backup, List<Member> chosen, Path sandbox, RestoreListener listener)
            throws IOException {
        Map<String, Member> wanted = new HashMap<>();
        chosen.forEach(m -> wanted.put(m.path(), m));
        for (String path : backup.paths()) {
            if (listener.isCancelled()) {
                return;
            }
            Path item = root.resolve(path);
            if (Files.isDirectory(item, LinkOption.NOFOLLOW_LINKS)) {
                for (Path file : files(item)) {
                    Member member = wanted.get(relative(file));
                    if (member != null && !listener.isCancelled()) {
                        copy(file, member, sandbox, listener);
                    }
                }
            } else if (Files.isRegularFile(item, LinkOption.NOFOLLOW_LINKS)) {
                switch (kind(item)) {
                    case ZIP -> restoreZip(item, path, wanted, sandbox, listener);
                    case TAR, TAR_GZ -> restoreTar(item, path, wanted, sandbox, listener);
                    case PLAIN -> {
                        Member member = wanted.get(path);
                        if (member != null) {
                            copy(item, member, sandbox, listener);
                        }
                    }
                }
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private void copy(Path file, Member member, Path sandbox, RestoreListener listener) {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            write(in, member, sandbox, listener);
        } catch (IOException e) {
            listener.failed(member, Reasons.of(e));
        }
    }

    private static List<Member> zipMembers(Path file, String path) throws IOException {
        List<Member> members = new ArrayList<>();
        try (ZipFile zip = openZip(file)) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntriesInPhysicalOrder(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    long crc = entry.getCrc();
                    members.add(new Member(path + "/" + entry.getName(), Math.max(0, entry.getSize()),
                            crc == -1 ? Optional.empty() : Optional.of(crc)));
                }
            }
        }
        return members;
    }

    private static void restoreZip(Path file, String path, Map<String, Member> wanted, Path sandbox,
                                   RestoreListener listener) throws IOException {
        try (ZipFile zip = openZip(file)) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntriesInPhysicalOrder(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                Member member = wanted.get(path + "/" + entry.getName());
                if (member == null || entry.isDirectory()) {
                    continue;
                }
                if (listener.isCancelled()) {
                    return;
                }
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    listener.failed(member, "encrypted with a password");
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    listener.failed(member, "compression method " + entry.getMethod() + " not supported");
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    write(in, member, sandbox, listener);
                } catch (IOException | RuntimeException ex) {
                    listener.failed(member, Reasons.of(ex));
                }
            }
        }
    }

    private static ZipFile openZip(Path file) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(FileChannel.open(file, StandardOpenOption.READ)).get();
    }

    /** A tar archive's stream, and beneath it the stream it is read from (the gzip stream of a tar.gz). */
    private record TarStream(TarArchiveInputStream tar, InputStream under) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            tar.close();
        }

        /** Reads what follows the tar's end marker, so that a gzip stream's CRC-32 and length are checked. */
        void drain() throws IOException {
            byte[] buffer = new byte[BUFFER];
            while (under.read(buffer) >= 0) {
                continue;
            }
        }
    }

    private static TarStream openTar(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file, StandardOpenOption.READ), BUFFER);
        try {
            InputStream under = kind(file) == Kind.TAR_GZ ? new GzipCompressorInputStream(in, true) : in;
            return new TarStream(new TarArchiveInputStream(under), under);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static List<Member> tarMembers(Path file, String path) throws IOException {
        List<Member> members = new ArrayList<>();
        try (TarStream stream = openTar(file)) {
            TarArchiveInputStream tar = stream.tar();
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    members.add(new Member(path + "/" + entry.getName(), entry.getSize(), Optional.empty()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // What was listed before the damage is restored and checked; the rest is reported as it fails.
            if (members.isEmpty()) {
                throw e instanceof IOException io ? io : new IOException(Reasons.of(e), e);
            }
        }
        return members;
    }

    private static void restoreTar(Path file, String path, Map<String, Member> wanted, Path sandbox,
                                   RestoreListener listener) {
        List<Member> pending = new ArrayList<>(wanted.values().stream()
                .filter(m -> m.path().startsWith(path + "/")).toList());
        List<Member> done = new ArrayList<>();
        try (TarStream stream = openTar(file)) {
            TarArchiveInputStream tar = stream.tar();
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (listener.isCancelled()) {
                    return;
                }
                Member member = entry.isFile() ? wanted.get(path + "/" + entry.getName()) : null;
                if (member != null) {
                    pending.remove(member);
                    write(tar, member, sandbox, listener);
                    done.add(member);
                }
            }
            stream.drain();
        } catch (IOException | RuntimeException e) {
            // A damaged stream stops the archive: what it still held is reported, each file once; a gzip CRC that
            // fails only at the end casts doubt on every file read from it, reported against the archive.
            for (Member member : pending) {
                listener.failed(member, Reasons.of(e));
            }
            if (pending.isEmpty()) {
                listener.damaged(path, done.size(), Reasons.of(e));
            }
            return;
        }
        for (Member member : pending) {
            listener.failed(member, "missing from the archive");
        }
    }

    /** Writes one member into the sandbox, refusing any name that would land outside it. */
    private static void write(InputStream in, Member member, Path sandbox, RestoreListener listener)
            throws IOException {
        Path target = sandbox.resolve(member.path()).normalize();
        if (!target.startsWith(sandbox) || target.equals(sandbox)) {
            listener.failed(member, "its name leads outside the restore folder");
            return;
        }
        Files.createDirectories(target.getParent());
        CRC32 crc = new CRC32();
        long length = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Channels.newOutputStream(FileChannel.open(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
                out.write(buffer, 0, n);
                length += n;
                listener.progress(member.path(), n);
                if (listener.isCancelled()) {
                    return;
                }
            }
        }
        listener.written(member, target, crc.getValue(), length);
    }
}
