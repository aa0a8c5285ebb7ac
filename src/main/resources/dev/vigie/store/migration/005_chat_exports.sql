-- WhatsApp chat exports imported as evidence (issue 9). Data minimisation: of each message only its time, its
-- author's display name and its kind are kept, never its text. Imports and removals are audited in the same
-- transaction. A contact's removal removes its chats, as it removes its consents.
CREATE TABLE chat_exports (
    id            INTEGER PRIMARY KEY,
    contact_id    TEXT    NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    source        TEXT,
    file_name     TEXT    NOT NULL,
    imported_at   TEXT    NOT NULL,
    zone          TEXT    NOT NULL,
    date_order    TEXT    NOT NULL CHECK (date_order IN ('dmy', 'mdy', 'ymd')),
    first_at      TEXT    NOT NULL,
    last_at       TEXT    NOT NULL,
    messages      INTEGER NOT NULL
);

CREATE TABLE chat_messages (
    chat_id       INTEGER NOT NULL REFERENCES chat_exports (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    time_utc      TEXT    NOT NULL,
    author        TEXT,
    kind          TEXT    NOT NULL CHECK (kind IN ('text', 'media', 'system', 'deleted')),
    by_you        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (chat_id, seq)
);
