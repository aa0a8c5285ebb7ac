package dev.vigie.audit;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the audit log by its number and hash, written down elsewhere (a printed checklist, a note): a later
 * verification against it shows entries cut from the end or a log rewritten, which the chain alone cannot.
 *
 * @param seq  the entry's number
 * @param hash its hash, lowercase hexadecimal
 */
public record AuditHead(long seq, String hash) {

    public AuditHead {
        Objects.requireNonNull(hash, "hash");
        if (seq < 1) {
            throw new IllegalArgumentException("An entry's number is at least 1");
        }
        hash = hash.toLowerCase(Locale.ROOT);
    }

    /** Reads {@code N:HASH}; empty when it is not that. */
    public static Optional<AuditHead> parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        try {
            long seq = Long.parseLong(t.substring(0, colon));
            String hash = t.substring(colon + 1).strip();
            if (seq < 1 || hash.length() != 64) {
                return Optional.empty();
            }
            HexFormat.of().parseHex(hash);
            return Optional.of(new AuditHead(seq, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The entry's head. */
    public static AuditHead of(AuditEntry entry) {
        return new AuditHead(entry.seq(), entry.hash());
    }

    /** Whether the log still holds this entry with this hash. */
    public boolean heldBy(java.util.List<AuditEntry> entries) {
        return entries.stream().anyMatch(e -> e.seq() == seq && e.hash().equalsIgnoreCase(hash));
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
