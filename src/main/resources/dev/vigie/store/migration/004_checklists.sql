-- Restore checklists kept across launches: what was asked (to write the same steps again), each ticked step with
-- who and when, and the sign-off. Ticks and sign-offs are also written to the audit log, in the same transaction.
CREATE TABLE checklists (
    id           TEXT PRIMARY KEY,
    scenario     TEXT NOT NULL,
    source       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    request_json TEXT NOT NULL
);

CREATE TABLE checklist_ticks (
    checklist_id TEXT NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,
    step_id      TEXT NOT NULL,
    ticked_by    TEXT NOT NULL,
    ticked_at    TEXT NOT NULL,
    PRIMARY KEY (checklist_id, step_id)
);

CREATE TABLE checklist_signoffs (
    checklist_id TEXT PRIMARY KEY REFERENCES checklists (id) ON DELETE CASCADE,
    performed_by TEXT NOT NULL,
    checked_by   TEXT NOT NULL,
    signed_at    TEXT NOT NULL
);
