package dev.vigie.consent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why access was refused.
 *
 * @param date     for {@link Code#WITHDRAWN}, when the consent was withdrawn
 * @param purposes for {@link Code#OTHER_PURPOSE_ONLY}, the purposes the customer did consent to
 */
public record DenialReason(Code code, Optional<Instant> date, List<Purpose> purposes) {

    /** The kinds of reason, with the word files and JSON use. */
    public enum Code {
        NO_CONSENT("no-consent"),
        WITHDRAWN("withdrawn"),
        OTHER_PURPOSE_ONLY("other-purpose-only"),
        NO_JUSTIFICATION("no-justification"),
        /** The contact asked for erasure (open or done): out of scope for every purpose. */
        ERASURE_REQUESTED("erasure-requested");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public DenialReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        purposes = List.copyOf(purposes);
    }

    public static DenialReason of(Code code) {
        return new DenialReason(code, Optional.empty(), List.of());
    }
}
