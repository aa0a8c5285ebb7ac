package dev.vigie.store;

import dev.vigie.alert.AlertKind;
import dev.vigie.alert.AlertState;
import dev.vigie.alert.Channel;
import dev.vigie.alert.ChannelKind;
import dev.vigie.alert.ChannelTarget;
import dev.vigie.alert.Minimum;
import dev.vigie.alert.SentAlert;
import dev.vigie.alert.WatchRun;
import dev.vigie.alert.Watched;
import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.InputProblem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Alert channels, what each last heard of each source, the alerts sent, and the runs of the watch. Every alert
 * delivered is audited (channel, source, state) in the transaction that records it; no secret is ever stored.
 */
public final class AlertRepository {

    private final Store store;

    AlertRepository(Store store) {
        this.store = store;
    }

    /** @throws InputProblem when a channel already has this name */
    public void add(Channel channel, Instant now) {
        store.write(c -> {
            if (find(c, channel.name()).isPresent()) {
                throw new InputProblem("error.alert.exists", channel.name());
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO alert_channels "
                    + "(name, kind, target_json, sources_json, min_level, added_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, channel.name());
                insert.setString(2, channel.kind().id());
                insert.setString(3, StoredJson.write(target(channel.target())));
                insert.setString(4, StoredJson.write(channel.sourceList()));
                insert.setString(5, channel.min().id());
                insert.setString(6, StoredTime.format(now));
                insert.executeUpdate();
            }
            return null;
        });
    }

    public List<Channel> list() {
        return store.read(c -> {
            List<Channel> all = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT name, kind, target_json, sources_json, "
                    + "min_level FROM alert_channels ORDER BY name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(channel(rows));
                }
            }
            return all;
        });
    }

    public Optional<Channel> find(String name) {
        return store.read(c -> find(c, name));
    }

    /** Forgets a channel and what it heard; its alerts already sent stay in the log. */
    public boolean remove(String name) {
        return store.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM alert_channels WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** What every channel last heard of every source: channel name, then source name. */
    public Map<String, Map<String, Watched>> watched() {
        return store.read(c -> {
            Map<String, Map<String, Watched>> all = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT channel, source, state, findings FROM alert_states");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
                            .put(rows.getString(2), Watched.parse(rows.getString(3), rows.getString(4)));
                }
            }
            return all;
        });
    }

    /**
     * Records a run's outcome in one transaction: the states each channel now knows, the alerts sent or failed,
     * and an audit entry for each alert delivered.
     *
     * @param remember channel, then source, then the state to keep
     * @param sent     the alerts tried, delivered or not
     */
    public void record(Map<String, Map<String, Watched>> remember, List<SentAlert> sent, Optional<WatchRun> run,
                       AuditStamp stamp) {
        if (remember.isEmpty() && sent.isEmpty() && run.isEmpty()) {
            return;
        }
        store.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO alert_states "
                    + "(channel, source, state, findings, since) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (channel, source) DO UPDATE SET state = excluded.state, "
                    + "findings = excluded.findings, since = excluded.since")) {
                for (var channel : remember.entrySet()) {
                    for (var source : channel.getValue().entrySet()) {
                        upsert.setString(1, channel.getKey());
                        upsert.setString(2, source.getKey());
                        upsert.setString(3, source.getValue().state().word());
                        upsert.setString(4, source.getValue().findingsText());
                        upsert.setString(5, StoredTime.format(stamp.time()));
                        upsert.addBatch();
                    }
                }
                upsert.executeBatch();
            }
            for (SentAlert alert : sent) {
                insertSent(c, alert);
                if (alert.delivered()) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("channel", alert.channel());
                    details.put("kind", alert.kind().name().toLowerCase(Locale.ROOT));
                    details.put("state", alert.state().word());
                    details.put("previous", alert.previous().map(AlertState::word).orElse(""));
                    AuditLog.append(c, stamp, AuditAction.ALERT_SENT, alert.source(), details);
                }
            }
            if (run.isPresent()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO watch_runs "
                        + "(ran_at, level, sources, alerts, failures) VALUES (?, ?, ?, ?, ?)")) {
                    WatchRun r = run.get();
                    insert.setString(1, StoredTime.format(r.at()));
                    insert.setString(2, r.level());
                    insert.setInt(3, r.sources());
                    insert.setInt(4, r.alerts());
                    insert.setInt(5, r.failures());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The latest alerts sent or tried, newest first. */
    public List<SentAlert> recent(int limit) {
        return store.read(c -> {
            List<SentAlert> all = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT sent_at, channel, source, kind, state, "
                    + "previous, delivered, error_key, error_args FROM alerts_sent ORDER BY id DESC LIMIT ?")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String args = rows.getString(9);
                        all.add(new SentAlert(StoredTime.parse(rows.getString(1)), rows.getString(2),
                                rows.getString(3), AlertKind.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)),
                                AlertState.fromWord(rows.getString(5)),
                                Optional.ofNullable(rows.getString(6)).map(AlertState::fromWord),
                                rows.getInt(7) == 1, Optional.ofNullable(rows.getString(8)),
                                args == null ? List.of() : StoredJson.strings(args)));
                    }
                }
            }
            return all;
        });
    }

    public Optional<WatchRun> lastRun() {
        return store.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT ran_at, level, sources, alerts, failures "
                    + "FROM watch_runs ORDER BY id DESC LIMIT 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new WatchRun(StoredTime.parse(rows.getString(1)),
                        rows.getString(2), rows.getInt(3), rows.getInt(4), rows.getInt(5))) : Optional.empty();
            }
        });
    }

    private static void insertSent(Connection c, SentAlert alert) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO alerts_sent (sent_at, channel, source, "
                + "kind, state, previous, delivered, error_key, error_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, StoredTime.format(alert.at()));
            insert.setString(2, alert.channel());
            insert.setString(3, alert.source());
            insert.setString(4, alert.kind().name().toLowerCase(Locale.ROOT));
            insert.setString(5, alert.state().word());
            insert.setString(6, alert.previous().map(AlertState::word).orElse(null));
            insert.setInt(7, alert.delivered() ? 1 : 0);
            insert.setString(8, alert.errorKey().orElse(null));
            insert.setString(9, alert.errorKey().isPresent() ? StoredJson.write(alert.errorArgs()) : null);
            insert.executeUpdate();
        }
    }

    private static Optional<Channel> find(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT name, kind, target_json, sources_json, "
                + "min_level FROM alert_channels WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(channel(rows)) : Optional.empty();
            }
        }
    }

    private static Channel channel(ResultSet rows) throws SQLException {
        ChannelKind kind = ChannelKind.fromId(rows.getString(2));
        Map<String, Object> t = StoredJson.object(rows.getString(3));
        ChannelTarget target = switch (kind) {
            case EMAIL -> new ChannelTarget.Email(strings(t.get("to")), (String) t.get("host"),
                    ((Number) t.get("port")).intValue(),
                    ChannelTarget.Security.fromId((String) t.get("security")).orElseThrow(),
                    text(t, "user"), text(t, "passwordFile"), text(t, "from"));
            case WEBHOOK -> new ChannelTarget.Webhook((String) t.get("url"),
                    ChannelTarget.WebhookFormat.fromId((String) t.get("format")).orElseThrow());
            case PING -> new ChannelTarget.Ping((String) t.get("url"));
            case DESKTOP -> new ChannelTarget.Desktop();
        };
        return new Channel(rows.getString(1), target, Set.copyOf(StoredJson.strings(rows.getString(4))),
                Minimum.fromId(rows.getString(5)).orElseThrow());
    }

    private static Map<String, Object> target(ChannelTarget target) {
        Map<String, Object> t = new LinkedHashMap<>();
        if (target instanceof ChannelTarget.Email e) {
            t.put("to", e.to());
            t.put("host", e.host());
            t.put("port", e.port());
            t.put("security", e.security().id());
            e.user().ifPresent(u -> t.put("user", u));
            e.passwordFile().ifPresent(p -> t.put("passwordFile", p));
            e.from().ifPresent(f -> t.put("from", f));
        } else if (target instanceof ChannelTarget.Webhook w) {
            t.put("url", w.url());
            t.put("format", w.format().id());
        } else if (target instanceof ChannelTarget.Ping p) {
            t.put("url", p.url());
        }
        return t;
    }

    private static Optional<String> text(Map<String, Object> t, String key) {
        return Optional.ofNullable((String) t.get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
