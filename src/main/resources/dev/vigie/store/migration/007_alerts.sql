-- Alerts (issue 15): the channels, what each channel last heard of each source (so that a state is told once), the
-- alerts sent or that failed, and the runs of `vigie check --all --alert` that `vigie watch status` reports.
-- No secret is stored here: an SMTP password stays in its own file, read at sending time.
CREATE TABLE alert_channels (
    name          TEXT    PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('email', 'webhook', 'ping', 'desktop')),
    target_json   TEXT    NOT NULL,
    sources_json  TEXT    NOT NULL DEFAULT '[]',
    min_level     TEXT    NOT NULL CHECK (min_level IN ('warning', 'critical')),
    added_at      TEXT    NOT NULL
);

CREATE TABLE alert_states (
    channel       TEXT    NOT NULL REFERENCES alert_channels (name) ON DELETE CASCADE,
    source        TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    findings      TEXT    NOT NULL DEFAULT '',
    since         TEXT    NOT NULL,
    PRIMARY KEY (channel, source)
);

CREATE TABLE alerts_sent (
    id            INTEGER PRIMARY KEY,
    sent_at       TEXT    NOT NULL,
    channel       TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('problem', 'recovered', 'test')),
    state         TEXT    NOT NULL,
    previous      TEXT,
    delivered     INTEGER NOT NULL,
    error_key     TEXT,
    error_args    TEXT
);

CREATE INDEX alerts_sent_by_time ON alerts_sent (sent_at);

CREATE TABLE watch_runs (
    id            INTEGER PRIMARY KEY,
    ran_at        TEXT    NOT NULL,
    level         TEXT    NOT NULL,
    sources       INTEGER NOT NULL,
    alerts        INTEGER NOT NULL,
    failures      INTEGER NOT NULL
);
