-- Restore drills: every test of a source's restore, automatic (Vigie restored into a sandbox) or hands-on (a person
-- followed a checklist as a stopwatch). Also in the audit log, written in the same transaction. No file contents:
-- findings hold file names, codes and numbers only.
CREATE TABLE drills (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('automatic', 'hands-on')),
    -- the training scenario on the demo: practice, not a restore test of the source
    practice        INTEGER NOT NULL DEFAULT 0 CHECK (practice IN (0, 1)),
    backup          TEXT NOT NULL,
    actor           TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    -- NULL while a hands-on drill is running (started, not signed off)
    duration_millis INTEGER CHECK (duration_millis >= 0),
    outcome         TEXT CHECK (outcome IN ('yes', 'partly', 'no')),
    files_restored  INTEGER NOT NULL DEFAULT 0,
    bytes_restored  INTEGER NOT NULL DEFAULT 0,
    findings_json   TEXT NOT NULL DEFAULT '[]',
    notes           TEXT NOT NULL DEFAULT '',
    checklist_id    TEXT REFERENCES checklists (id) ON DELETE SET NULL
);

CREATE INDEX drills_by_source ON drills (source_id, started_at);

-- How often each source's restore must be tested. No row: not important, no reminder.
CREATE TABLE drill_settings (
    source_id     INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    important     INTEGER NOT NULL DEFAULT 0 CHECK (important IN (0, 1)),
    every_seconds INTEGER CHECK (every_seconds > 0),
    reminder_off  INTEGER NOT NULL DEFAULT 0 CHECK (reminder_off IN (0, 1))
);
