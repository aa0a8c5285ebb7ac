-- How Vigie opens a restic or borg source (location restic:REPO or borg:REPO): where the password comes from and which
-- snapshots or archives the source watches. No secret is stored: a password file's path, or the command that prints
-- the password. A source without a row takes the password from the user's own environment and watches everything.
CREATE TABLE repository_access (
    source_id         INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    password_file     TEXT,
    password_command  TEXT,
    -- restic: --host, --path, --tag
    host              TEXT,
    path              TEXT,
    tag               TEXT,
    -- borg: archive names starting with this
    prefix            TEXT
);
