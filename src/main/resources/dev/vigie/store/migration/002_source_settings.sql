-- What the user said about how each source is backed up. A table of its own rather than columns on sources: a
-- source the user said nothing about has no row, and its settings go with it when it is removed.
-- Every NULL means "use the default": the schedule inferred from the backups seen, the user's zone, the schedule's
-- own grace, the media kind guessed.

CREATE TABLE source_settings (
    source_id      INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    -- as the user wrote it (daily 02:00, cron:0 2 * * *); read by the schedule parser at each check
    schedule       TEXT,
    -- a java.time zone id (Europe/Paris)
    zone           TEXT,
    grace_seconds  INTEGER CHECK (grace_seconds >= 0),
    -- a MediaKind id (local-disk, removable, network-share, cloud)
    media          TEXT,
    offsite        INTEGER NOT NULL DEFAULT 0 CHECK (offsite IN (0, 1))
);
