package dev.vigie.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log, as stored. See {@link AuditChain} for how {@code hash} is computed.
 *
 * @param seq      1, 2, 3... in the order the entries were appended
 * @param time     when it was appended, by the clock of the Vigie that appended it
 * @param actor    the operating-system user who ran Vigie
 * @param action   an {@link AuditAction} id ({@code consent.grant})
 * @param subject  what the action was on: a contact id, a file, a source's name
 * @param details  a JSON object, as stored (keys sorted, no spaces); hashed as this exact text
 * @param prevHash the previous entry's hash; {@link AuditChain#GENESIS} for the first entry
 * @param hash     lowercase hexadecimal SHA-256
 */
public record AuditEntry(long seq, Instant time, String actor, String action, String subject, String details,
                         String prevHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
