package dev.vigie.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash chain of the audit log: how each entry's hash is made, and how a stored chain is checked.
 *
 * <p><b>Canonical form.</b> An entry's canonical form is the concatenation of seven netstrings, in this order:
 * the format tag {@code vigie-audit-1}, the sequence number in decimal, the time as UTC ISO-8601 with exactly
 * three fraction digits ({@code 2026-11-21T08:00:00.000Z}), the actor, the action, the subject, and the details
 * (the JSON text exactly as stored). A netstring of a text is the number of bytes of its UTF-8 encoding in
 * decimal, a colon, those bytes, and a comma: {@code 5:hello,}. Lengths make the form unambiguous whatever the
 * texts contain.
 *
 * <p><b>Hash.</b> {@code hash = hex(SHA-256(netstring(prevHash) + canonical form))}, lowercase hexadecimal, where
 * {@code prevHash} is the previous entry's hash, and for the first entry {@link #GENESIS} (64 zeros). Each entry
 * also stores the {@code prevHash} it was chained to, so that a break can be told apart: an edit, a deletion, an
 * insertion or a reordering.
 *
 * <p><b>Keyed entries.</b> From the entry a {@link ChainKey} names on, the canonical form's tag is
 * {@code vigie-audit-2} and {@code hash = hex(HMAC-SHA256(key, netstring(prevHash) + canonical form))}: the key lives
 * outside the database, so a copy of the database alone cannot be re-chained. Entries before it keep their plain
 * hashes, and are still checked.
 *
 * <p>The chain shows changes made to entries already written. It cannot show entries removed from its end: keeping
 * the head (number and hash) elsewhere and verifying against it covers that.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** Names this canonical form, so a later one can be told apart. */
    public static final String FORMAT = "vigie-audit-1";
    /** The canonical form's tag of keyed entries. */
    public static final String KEYED_FORMAT = "vigie-audit-2";

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendInstant(3)
            .toFormatter(Locale.ROOT);

    private AuditChain() {
    }

    /** The time as the canonical form writes it (and the store keeps it). */
    public static String time(Instant time) {
        return TIME.format(time);
    }

    /** The canonical form of an entry, as bytes. */
    public static byte[] canonical(long seq, Instant time, String actor, String action, String subject,
                                   String details) {
        return canonical(FORMAT, seq, time, actor, action, subject, details);
    }

    private static byte[] canonical(String format, long seq, Instant time, String actor, String action,
                                    String subject, String details) {
        StringBuilder form = new StringBuilder();
        for (String field : List.of(format, Long.toString(seq), time(time), actor, action, subject, details)) {
            netstring(form, field);
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The hash of an entry chained to {@code prevHash}. */
    public static String hash(String prevHash, long seq, Instant time, String actor, String action, String subject,
                              String details) {
        MessageDigest sha256 = sha256();
        StringBuilder prev = new StringBuilder();
        netstring(prev, prevHash);
        sha256.update(prev.toString().getBytes(StandardCharsets.UTF_8));
        sha256.update(canonical(seq, time, actor, action, subject, details));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The keyed hash of an entry chained to {@code prevHash}: HMAC-SHA256 over the {@code vigie-audit-2} form. */
    public static String keyedHash(ChainKey key, String prevHash, long seq, Instant time, String actor,
                                   String action, String subject, String details) {
        Mac mac;
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java has HMAC-SHA256", e);
        }
        StringBuilder prev = new StringBuilder();
        netstring(prev, prevHash);
        mac.update(prev.toString().getBytes(StandardCharsets.UTF_8));
        mac.update(canonical(KEYED_FORMAT, seq, time, actor, action, subject, details));
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** The entry that follows {@code previous} (or starts the chain), with its plain hash. */
    public static AuditEntry next(Optional<AuditEntry> previous, Instant time, String actor, String action,
                                  String subject, String details) {
        return next(previous, time, actor, action, subject, details, Optional.empty());
    }

    /** The entry that follows {@code previous}, keyed when {@code key} keys its number. */
    public static AuditEntry next(Optional<AuditEntry> previous, Instant time, String actor, String action,
                                  String subject, String details, Optional<ChainKey> key) {
        long seq = previous.map(p -> p.seq() + 1).orElse(1L);
        String prevHash = previous.map(AuditEntry::hash).orElse(GENESIS);
        String hash = key.filter(k -> k.keys(seq)).isPresent()
                ? keyedHash(key.get(), prevHash, seq, time, actor, action, subject, details)
                : hash(prevHash, seq, time, actor, action, subject, details);
        return new AuditEntry(seq, time, actor, action, subject, details, prevHash, hash);
    }

    /** Whether the entry's plain hash matches its own content and the previous hash it stores. */
    public static boolean selfConsistent(AuditEntry e) {
        return selfConsistent(e, Optional.empty());
    }

    /**
     * Whether the entry's hash matches its content: keyed when the key keys its number (a plain hash there is a
     * forgery), plain before.
     */
    public static boolean selfConsistent(AuditEntry e, Optional<ChainKey> key) {
        String expected = key.filter(k -> k.keys(e.seq())).isPresent()
                ? keyedHash(key.get(), e.prevHash(), e.seq(), e.time(), e.actor(), e.action(), e.subject(),
                        e.details())
                : hash(e.prevHash(), e.seq(), e.time(), e.actor(), e.action(), e.subject(), e.details());
        return MessageDigest.isEqual(e.hash().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Walks the entries in sequence order and finds the first break, if any, naming what it most likely is.
     *
     * @param entries as stored, in sequence order
     */
    public static Optional<AuditBreak> firstBreak(List<AuditEntry> entries) {
        return firstBreak(entries, Optional.empty());
    }

    /**
     * As {@link #firstBreak(List)}, with keyed entries checked with the key. A log that ends before the entry
     * just before the key's first one was cut: the key was made when the log was that long.
     */
    public static Optional<AuditBreak> firstBreak(List<AuditEntry> entries, Optional<ChainKey> key) {
        Optional<AuditBreak> found = walk(entries, key);
        if (found.isPresent() || key.isEmpty()) {
            return found;
        }
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
        if (last < key.get().since() - 1) {
            return Optional.of(new AuditBreak(AuditBreak.Kind.DELETED, last + 1, key.get().since() - 1));
        }
        return Optional.empty();
    }

    private static Optional<AuditBreak> walk(List<AuditEntry> entries, Optional<ChainKey> key) {
        Map<String, Integer> positionOfHash = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            positionOfHash.putIfAbsent(entries.get(i).hash(), i);
        }
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            boolean linked = e.prevHash().equals(expectedPrev);
            boolean consistent = selfConsistent(e, key);
            if (linked && consistent && e.seq() == expectedSeq) {
                expectedPrev = e.hash();
                expectedSeq++;
                continue;
            }
            return Optional.of(classify(entries, i, expectedPrev, expectedSeq, linked, positionOfHash, key));
        }
        return Optional.empty();
    }

    private static AuditBreak classify(List<AuditEntry> entries, int i, String expectedPrev, long expectedSeq,
                                       boolean linked, Map<String, Integer> positionOfHash,
                                       Optional<ChainKey> key) {
        AuditEntry e = entries.get(i);
        if (linked && e.seq() == expectedSeq) {
            // Rightly placed and chained, yet its content does not give its hash.
            return AuditBreak.at(AuditBreak.Kind.EDITED, e.seq());
        }
        if (i > 0 && e.prevHash().equals(entries.get(i - 1).prevHash())) {
            // This entry and the one before it claim the same predecessor: the one before was slipped in.
            return AuditBreak.at(AuditBreak.Kind.INSERTED, entries.get(i - 1).seq());
        }
        Integer pointsAt = positionOfHash.get(e.prevHash());
        if (pointsAt != null && pointsAt > i) {
            return AuditBreak.at(AuditBreak.Kind.REORDERED, e.seq());
        }
        if (pointsAt == null && e.seq() > expectedSeq && selfConsistent(e, key)) {
            return new AuditBreak(AuditBreak.Kind.DELETED, expectedSeq, e.seq() - 1);
        }
        return AuditBreak.at(AuditBreak.Kind.BROKEN, e.seq());
    }

    private static void netstring(StringBuilder out, String text) {
        out.append(text.getBytes(StandardCharsets.UTF_8).length).append(':').append(text).append(',');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
