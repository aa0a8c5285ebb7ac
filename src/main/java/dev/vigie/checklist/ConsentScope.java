package dev.vigie.checklist;

import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.Purpose;
import java.util.List;
import java.util.Objects;

/**
 * Whose conversations the person restoring may open, and which erasures the restore undoes.
 *
 * @param purpose     the purpose consent is checked for, {@code restore-access} unless told otherwise
 * @param inScope     contacts whose consent for it is valid now
 * @param doNotOpen   contacts without it, by name, so that the agent knows
 * @param applyAgain  erasures completed after the backup was made: restoring brings the erased data back
 */
public record ConsentScope(Purpose purpose, List<Contact> inScope, List<Contact> doNotOpen,
                           List<ErasureAgain> applyAgain) {

    /**
     * An erasure to carry out again after the restore.
     *
     * @param contact who asked
     * @param request the request, with its completion and due date
     */
    public record ErasureAgain(Contact contact, ErasureRequest request) {

        public ErasureAgain {
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(request, "request");
        }
    }

    public ConsentScope {
        Objects.requireNonNull(purpose, "purpose");
        inScope = List.copyOf(inScope);
        doNotOpen = List.copyOf(doNotOpen);
        applyAgain = List.copyOf(applyAgain);
    }
}
