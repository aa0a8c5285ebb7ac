package dev.vigie.verify;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WhatsApp's encrypted backups on Android, read without the key and without decrypting anything.
 *
 * <p>{@code .crypt14} and {@code .crypt15}: byte 0 is the length of a protobuf header; a 0x01 byte may follow (a
 * feature table is present); then the header: field 1 the key type (0 for crypt14, 1 for crypt15; left out when
 * 0, as protobuf does), field 2 or 3 the cipher's parameters, field 4 the app's version information. The quick check
 * walks those fields (tags and lengths only) and checks that the file can hold the header and its two 16-byte
 * trailers (the cipher's tag, then the MD5). A database backup ({@code *.db.crypt14}, {@code *.db.crypt15}) is one
 * file whose last 16 bytes are the MD5 of every byte before them; the full check recomputes it. Other crypt files
 * (wallpapers, settings) may be multi-file backups that carry no MD5, so only their header is checked.
 *
 * <p>{@code .crypt12}: a fixed 67-byte header (cipher version 0x0001, key version, salt, account and IV), then the
 * data, the cipher's tag, the MD5 of everything before it, and 4 bytes of the phone number; the MD5 is checked.
 */
final class CryptCheck {

    private static final Pattern CRYPT = Pattern.compile(".*\\.crypt(12|14|15)");
    private static final Pattern DATABASE = Pattern.compile(".*\\.db\\.crypt(12|14|15)");
    private static final int MD5_BYTES = 16;
    private static final int TAG_BYTES = 16;
    private static final int CRYPT12_HEADER = 2 + 1 + 32 + 16 + 16;
    private static final int CRYPT12_SUFFIX = 4;
    private static final int FEATURES_FLAG = 0x01;

    private CryptCheck() {
    }

    /** The crypt version of a file name, when it is one Vigie checks. */
    static Optional<Integer> version(String name) {
        Matcher m = CRYPT.matcher(name.toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    static void check(Verifier.Run run, Verifier.FileTask task, FileChannel channel, int version) throws IOException {
        String format = "crypt" + version;
        boolean database = DATABASE.matcher(task.name().toLowerCase(Locale.ROOT)).matches();
        long size = task.size();
        byte[] head = new byte[Math.min(2 + 255, (int) Math.min(size, Integer.MAX_VALUE))];
        int read = run.reading().readAt(channel, 0, head, head.length);
        head = Arrays.copyOf(head, read);

        Header header = version == 12 ? crypt12(head) : protobuf(head);
        if (header.minimum() > size) {
            run.add(IntegrityCode.TOO_SMALL.finding(task.backup(), task.path(), Long.toString(size), format,
                    Long.toString(header.minimum())));
            return;
        }
        boolean trailerChecked = database && task.full();
        boolean trailerMatches = trailerChecked && trailerMatches(run, channel, size, version);
        // A trailer that matches says the bytes are as WhatsApp wrote them: a header Vigie cannot read is then of a
        // newer kind, not damage, and saying it is damaged would be a false alarm.
        if (!header.readable() && !trailerMatches) {
            run.add(IntegrityCode.CORRUPT_HEADER.finding(task.backup(), task.path(), format));
        }
        if (trailerChecked && !trailerMatches) {
            run.add(IntegrityCode.CORRUPT_CHECKSUM.finding(task.backup(), task.path(), format));
        }
    }

    /** Whether the file's MD5 trailer is the MD5 of what comes before it. */
    private static boolean trailerMatches(Verifier.Run run, FileChannel channel, long size, int version)
            throws IOException {
        long trailerAt = size - MD5_BYTES - (version == 12 ? CRYPT12_SUFFIX : 0);
        MessageDigest md5 = Digests.md5();
        run.reading().digest(channel, trailerAt, md5);
        byte[] trailer = new byte[MD5_BYTES];
        int n = run.reading().readAt(channel, trailerAt, trailer, MD5_BYTES);
        return n == MD5_BYTES && MessageDigest.isEqual(md5.digest(), trailer);
    }

    /** What the quick look at a header says: whether it reads, and the smallest size a file with it can have. */
    record Header(boolean readable, long minimum) {
    }

    static Header crypt12(byte[] head) {
        long minimum = CRYPT12_HEADER + TAG_BYTES + MD5_BYTES + CRYPT12_SUFFIX;
        boolean readable = head.length >= 3 && head[0] == 0 && head[1] == 1 && head[2] >= 1 && head[2] <= 3;
        return new Header(readable, minimum);
    }

    static Header protobuf(byte[] head) {
        if (head.length < 2) {
            return new Header(false, 2 + TAG_BYTES + MD5_BYTES);
        }
        int length = head[0] & 0xff;
        int start = (head[1] & 0xff) == FEATURES_FLAG ? 2 : 1;
        long minimum = start + length + TAG_BYTES + MD5_BYTES;
        if (length == 0 || head.length < start + length) {
            return new Header(false, minimum);
        }
        return new Header(fieldsMakeSense(head, start, start + length), minimum);
    }

    /**
     * Walks the header's protobuf fields: every tag and length must stay inside the header and end exactly at its
     * end; the key type, when present, is 0 or 1; the cipher's parameters (2 or 3) and the version (4) are there.
     */
    static boolean fieldsMakeSense(byte[] b, int from, int to) {
        int[] at = {from};
        boolean cipher = false;
        boolean info = false;
        while (at[0] < to) {
            long tag = varint(b, at, to);
            if (tag < 0) {
                return false;
            }
            long field = tag >>> 3;
            int wire = (int) (tag & 7);
            if (field == 0) {
                return false;
            }
            switch (wire) {
                case 0 -> {
                    long value = varint(b, at, to);
                    if (value < 0 || field == 1 && value > 1) {
                        return false;
                    }
                }
                case 1 -> at[0] += 8;
                case 2 -> {
                    long len = varint(b, at, to);
                    if (len < 0 || len > to - at[0]) {
                        return false;
                    }
                    at[0] += (int) len;
                    cipher |= field == 2 || field == 3;
                    info |= field == 4;
                }
                case 5 -> at[0] += 4;
                default -> {
                    return false;
                }
            }
            if (wire != 2 && (field == 2 || field == 3 || field == 4)) {
                return false;
            }
            if (at[0] > to) {
                return false;
            }
        }
        return at[0] == to && cipher && info;
    }

    /** A base-128 varint at {@code at[0]}, advancing it; -1 when it runs past {@code to} or is too long. */
    private static long varint(byte[] b, int[] at, int to) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= to) {
                return -1;
            }
            int next = b[at[0]++] & 0xff;
            value |= (long) (next & 0x7f) << shift;
            if ((next & 0x80) == 0) {
                return value >= 0 ? value : -1;
            }
        }
        return -1;
    }
}
