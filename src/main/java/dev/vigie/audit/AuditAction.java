package dev.vigie.audit;

/** What an audit entry records; {@link #id()} is the word stored in the log and shown. */
public enum AuditAction {
    CONTACT_ADDED("contact.add"),
    CONTACT_EDITED("contact.edit"),
    CONTACT_REMOVED("contact.remove"),
    CONSENT_GRANTED("consent.grant"),
    CONSENT_WITHDRAWN("consent.withdraw"),
    ERASURE_RECEIVED("erasure.add"),
    ERASURE_COMPLETED("erasure.done"),
    IMPORTED("import"),
    IMPORT_REFUSED("import.refused"),
    EXPORTED("export"),
    ACCESS_ALLOWED("access.allowed"),
    ACCESS_DENIED("access.denied"),
    SOURCE_REMOVED("source.remove"),
    CHECKLIST_GENERATED("checklist.generate"),
    CHECKLIST_SIGNED_OFF("checklist.sign-off"),
    CHECKLIST_STEP_TICKED("checklist.tick"),
    CHECKLIST_STEP_UNTICKED("checklist.untick"),
    CHAT_IMPORTED("chat.import"),
    CHAT_REFUSED("chat.refused"),
    CHAT_REMOVED("chat.remove"),
    DRILL_RECORDED("drill"),
    DRILL_STARTED("drill.start"),
    ALERT_SENT("alert.send");

    private final String id;

    AuditAction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
