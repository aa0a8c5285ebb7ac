package dev.vigie.audit;

import java.nio.charset.StandardCharsets;
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
 * <p>The chain shows changes made to entries already written. It cannot show entries removed from its end, nor
 * an entry appended by someone who computes its hash: nothing secret goes into it. Keeping the head hash (or an
 * export) elsewhere covers the first.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** Names this canonical form, so a later one can be told apart. */
    public static final String FORMAT = "vigie-audit-1";

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
        StringBuilder form = new StringBuilder();
        for (String field : List.of(FORMAT, Long.toString(seq), time(time), actor, action, subject, details)) {
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

    /** The entry that follows {@code previous} (or starts the chain), with its hash. */
    public static AuditEntry next(Optional<AuditEntry> previous, Instant time, String actor, String action,
                                  String subject, String details) {
        long seq = previous.map(p -> p.seq() + 1).orElse(1L);
        String prevHash = previous.map(AuditEntry::hash).orElse(GENESIS);
        return new AuditEntry(seq, time, actor, action, subject, details, prevHash,
                hash(prevHash, seq, time, actor, action, subject, details));
    }

    /** Whether the entry's hash matches its own content and the previous hash it stores. */
    public static boolean selfConsistent(AuditEntry e) {
        return e.hash().equals(hash(e.prevHash(), e.seq(), e.time(), e.actor(), e.action(), e.subject(),
                e.details()));
    }

    /**
     * Walks the entries in sequence order and finds the first break, if any, naming what it most likely is.
     *
     * @param entries as stored, in sequence order
     */
    public static Optional<AuditBreak> firstBreak(List<AuditEntry> entries) {
        Map<String, Integer> positionOfHash = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            positionOfHash.putIfAbsent(entries.get(i).hash(), i);
        }
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            boolean linked = e.prevHash().equals(expectedPrev);
            boolean consistent = selfConsistent(e);
            if (linked && consistent && e.seq() == expectedSeq) {
                expectedPrev = e.hash();
                expectedSeq++;
                continue;
            }
            return Optional.of(classify(entries, i, expectedPrev, expectedSeq, linked, positionOfHash));
        }
        return Optional.empty();
    }

    private static AuditBreak classify(List<AuditEntry> entries, int i, String expectedPrev, long expectedSeq,
                                       boolean linked, Map<String, Integer> positionOfHash) {
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
        if (pointsAt == null && e.seq() > expectedSeq && selfConsistent(e)) {
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
