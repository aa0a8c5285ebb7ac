package dev.vigie.chat;

import dev.vigie.backup.InputProblem;
import dev.vigie.consent.AccessDecision;

/** An import refused because the contact's consent for restore-access is not valid now; nothing was stored. */
public final class ChatImportRefused extends InputProblem {

    private final transient AccessDecision decision;

    public ChatImportRefused(AccessDecision decision) {
        super("error.chat.refused", decision.contactId(), decision.purpose().id());
        this.decision = decision;
    }

    /** The access decision, with every reason against. */
    public AccessDecision decision() {
        return decision;
    }
}
