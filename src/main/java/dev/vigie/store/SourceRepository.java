package dev.vigie.store;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.SourceNames;
import dev.vigie.backup.SourceRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registered sources, by their unique name. */
public final class SourceRepository {

    private final Store store;

    SourceRepository(Store store) {
        this.store = store;
    }

    /** Registers {@code source} now, by the store's clock. */
    public void add(SourceRef source) {
        add(source, store.clock().instant());
    }

    /**
     * Registers {@code source}.
     *
     * @throws InputProblem when its name cannot name a source or another source has it
     */
    public void add(SourceRef source, Instant addedAt) {
        SourceNames.check(source.name());
        store.write(c -> {
            if (id(c, source.name()).isPresent()) {
                throw new InputProblem("error.source.duplicate", source.name());
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sources (name, location, layout, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, source.name());
                insert.setString(2, source.location());
                insert.setString(3, source.layout().map(Layout::id).orElse(null));
                insert.setString(4, StoredTime.format(addedAt));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Every source, by name (case aside, so "anna" and "Bruno" sort as people expect). */
    public List<SourceRef> list() {
        return store.read(c -> {
            List<SourceRef> sources = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, location, layout FROM sources ORDER BY name COLLATE NOCASE, name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sources.add(source(rows));
                }
            }
            return sources;
        });
    }

    public Optional<SourceRef> find(String name) {
        return store.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, location, layout FROM sources WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(source(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Forgets the source and, with it, its whole history. The folder itself is not touched. */
    public boolean remove(String name) {
        return store.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM sources WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /**
     * Gives a source another name; its history follows it.
     *
     * @throws InputProblem when there is no source {@code oldName}, {@code newName} cannot name a source, or another
     *                      source has it
     */
    public void rename(String oldName, String newName) {
        SourceNames.check(newName);
        store.write(c -> {
            if (id(c, oldName).isEmpty()) {
                throw new InputProblem("error.source.unknown", oldName);
            }
            if (oldName.equals(newName)) {
                return null;
            }
            if (id(c, newName).isPresent()) {
                throw new InputProblem("error.source.duplicate", newName);
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE sources SET name = ? WHERE name = ?")) {
                update.setString(1, newName);
                update.setString(2, oldName);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The row id of the source named {@code name}. */
    static Optional<Long> id(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM sources WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Like {@link #id}, for work that cannot go on without the source. */
    static long existingId(Connection c, String name) throws SQLException {
        return id(c, name).orElseThrow(() -> new InputProblem("error.source.unknown", name));
    }

    private static SourceRef source(ResultSet row) throws SQLException {
        String layout = row.getString("layout");
        return new SourceRef(row.getString("name"), row.getString("location"),
                layout == null ? Optional.empty() : Optional.of(StoredValues.layout(layout)));
    }
}
