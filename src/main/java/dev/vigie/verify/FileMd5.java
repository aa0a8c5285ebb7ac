package dev.vigie.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** The MD5 of a local file, read once, read-only, as Google Drive reports its copies' {@code md5Checksum}. */
public final class FileMd5 {

    private static final int BUFFER = 1 << 16;

    private FileMd5() {
    }

    public static String of(Path file) throws IOException {
        MessageDigest md5 = Digests.md5();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md5.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md5.digest());
    }
}
