-- The consent ledger (contacts, consents per purpose, erasure requests) and the audit log. No message content, ever.
-- Instants are UTC text with exactly three fraction digits, as everywhere in this database.

-- phone is E.164 (+33612345678), normalised before it is stored.
CREATE TABLE contacts (
    id            TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    phone         TEXT    NOT NULL UNIQUE,
    conversation  TEXT,
    notes         TEXT,
    created_at    TEXT    NOT NULL
);

-- At most one consent per contact and purpose at any instant: the ledger checks that before writing.
CREATE TABLE consents (
    id            INTEGER PRIMARY KEY,
    contact_id    TEXT    NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    purpose       TEXT    NOT NULL CHECK (purpose IN ('archive', 'restore-access', 'quality-analysis')),
    granted_at    TEXT    NOT NULL,
    method        TEXT    NOT NULL CHECK (method IN ('form', 'whatsapp-message', 'paper', 'other')),
    evidence      TEXT,
    withdrawn_at  TEXT    CHECK (withdrawn_at IS NULL OR withdrawn_at >= granted_at),
    UNIQUE (contact_id, purpose, granted_at)
);

CREATE INDEX consents_by_contact ON consents (contact_id, purpose, granted_at);

-- No foreign key to contacts: a request stays when its contact is removed, as the proof that it was answered.
CREATE TABLE erasure_requests (
    id            INTEGER PRIMARY KEY,
    contact_id    TEXT    NOT NULL,
    received_at   TEXT    NOT NULL,
    due_at        TEXT    NOT NULL,
    completed_at  TEXT    CHECK (completed_at IS NULL OR completed_at >= received_at),
    scope         TEXT,
    UNIQUE (contact_id, received_at)
);

CREATE INDEX erasure_requests_by_due ON erasure_requests (due_at);

-- Append-only, hash-chained (see dev.vigie.audit.AuditChain for the canonical form). seq is written by Vigie,
-- last + 1, inside the appending transaction; prev_hash is the hash the entry was chained to.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    time_utc      TEXT    NOT NULL,
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    details_json  TEXT    NOT NULL,
    prev_hash     TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted');
END;
