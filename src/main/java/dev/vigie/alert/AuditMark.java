package dev.vigie.alert;

import dev.vigie.audit.AuditHead;
import java.util.Objects;

/**
 * The audit log's newest entry when an alert left, carried by the digest so that its reader holds a copy of the head
 * outside the database: a later {@code vigie audit verify --head N:HASH} shows entries cut from the end or a log
 * rewritten since.
 *
 * @param head the newest entry's number and hash
 * @param line the sentence a person reads at the foot of the digest, in the user's language
 */
public record AuditMark(AuditHead head, String line) {

    public AuditMark {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(line, "line");
    }
}
