package dev.vigie.audit;

import java.time.Instant;
import java.util.Objects;

/** Who is acting and when, for the audit entry a change writes. */
public record AuditStamp(String actor, Instant time) {

    public AuditStamp {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(time, "time");
    }
}
