package dev.vigie.store;

import java.util.Objects;

/**
 * One step of the schema: the SQL that takes the database from {@code version - 1} to {@code version}.
 *
 * @param version the {@code PRAGMA user_version} the database has once this step is applied
 * @param name    what the step does, from its file name
 * @param sql     one or more statements
 */
record Migration(int version, String name, String sql) {

    Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        if (version < 1) {
            throw new IllegalArgumentException("A migration's version starts at 1: " + version);
        }
    }
}
