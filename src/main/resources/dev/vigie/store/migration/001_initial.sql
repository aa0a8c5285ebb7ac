-- Vigie's first schema: the registered sources and every backup set their scans have found.
-- Instants are UTC text with exactly three fraction digits (2026-11-20T01:00:00.000Z), so that text order is
-- time order. JSON columns hold the values the scan found, in the store's own encoding.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    location    TEXT    NOT NULL,
    -- NULL: the layout is recognised at each scan
    layout      TEXT,
    created_at  TEXT    NOT NULL
);

CREATE TABLE scans (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    scanned_at  TEXT    NOT NULL,
    layout      TEXT    NOT NULL,
    files_seen  INTEGER NOT NULL
);

CREATE INDEX scans_by_source_and_time ON scans (source_id, scanned_at);

-- One row per backup set ever seen in a source, identified across scans by history_key (see HistoryKeys):
-- the other columns hold what the set was at its latest sighting.
CREATE TABLE backup_sets (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    history_key   TEXT    NOT NULL,
    time_utc      TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    paths_json    TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    file_count    INTEGER NOT NULL,
    time_source   TEXT    NOT NULL,
    details_json  TEXT    NOT NULL,
    first_seen    TEXT    NOT NULL,
    last_seen     TEXT    NOT NULL,
    UNIQUE (source_id, history_key)
);

CREATE INDEX backup_sets_by_source_and_time ON backup_sets (source_id, time_utc);

-- Which sets each scan found: the latest scan's rows say which sets are still on the device.
CREATE TABLE scan_backups (
    scan_id        INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    backup_set_id  INTEGER NOT NULL REFERENCES backup_sets (id) ON DELETE CASCADE,
    PRIMARY KEY (scan_id, backup_set_id)
) WITHOUT ROWID;

-- Cascading deletes look scan_backups up by set, so that needs an index too.
CREATE INDEX scan_backups_by_set ON scan_backups (backup_set_id);

CREATE TABLE scan_warnings (
    id         INTEGER PRIMARY KEY,
    scan_id    INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    code       TEXT    NOT NULL,
    path       TEXT    NOT NULL,
    args_json  TEXT    NOT NULL
);

CREATE INDEX scan_warnings_by_scan ON scan_warnings (scan_id);
