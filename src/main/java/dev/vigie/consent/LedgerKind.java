package dev.vigie.consent;

import java.util.List;

/** The three kinds of ledger file, with their columns in order (CSV headers, JSON field names). */
public enum LedgerKind {
    CONTACTS("contacts", List.of("id", "name", "phone", "conversation")),
    CONSENTS("consents", List.of("contact_id", "purpose", "granted_at", "method", "evidence", "withdrawn_at")),
    ERASURES("erasures", List.of("contact_id", "received_at", "completed_at", "scope"));

    private final String id;
    private final List<String> columns;

    LedgerKind(String id, List<String> columns) {
        this.id = id;
        this.columns = columns;
    }

    public String id() {
        return id;
    }

    public List<String> columns() {
        return columns;
    }
}
