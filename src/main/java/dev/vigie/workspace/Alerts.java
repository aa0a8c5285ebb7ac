package dev.vigie.workspace;

import dev.vigie.alert.Alert;
import dev.vigie.alert.AlertDecision;
import dev.vigie.alert.AlertFinding;
import dev.vigie.alert.AlertKind;
import dev.vigie.alert.AlertRules;
import dev.vigie.alert.AlertState;
import dev.vigie.alert.AuditMark;
import dev.vigie.alert.Channel;
import dev.vigie.alert.ChannelTarget;
import dev.vigie.alert.SentAlert;
import dev.vigie.alert.SourceCheck;
import dev.vigie.alert.WatchRun;
import dev.vigie.alert.Watched;
import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.InputProblem;
import dev.vigie.health.HealthReport;
import dev.vigie.health.HealthStatus;
import dev.vigie.health.MonitoringLevel;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.io.Reasons;
import dev.vigie.notify.DeliveryFailure;
import dev.vigie.notify.Notifier;
import dev.vigie.report.CheckOutcome;
import dev.vigie.report.HealthText;
import dev.vigie.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Alert channels and alerting after a check: add, list, remove and test channels; after {@code check --alert}, tell
 * each channel what changed, once, and remember what it heard. A channel that fails is reported and tried again at
 * the next run; it never stops the others.
 */
public final class Alerts {

    /** Where owner-only copies of SMTP passwords are kept, inside the data folder. */
    public static final String SECRETS_FOLDER = "alerts";

    private static final Pattern CHANNEL_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+");

    private final Workspace workspace;
    private final Notifier notifier;
    private final Clock clock;
    private final String actor;

    Alerts(Workspace workspace, Notifier notifier, Clock clock, String actor) {
        this.workspace = workspace;
        this.notifier = notifier;
        this.clock = clock;
        this.actor = actor;
    }

    /** One delivery tried: the channel, the source, and why it failed when it did. */
    public record Delivery(String channel, String source, AlertKind kind, AlertState state,
                           Optional<DeliveryFailure> failure) {
        public boolean delivered() {
            return failure.isEmpty();
        }
    }

    /** What alerting after a run did: every delivery tried (pings that worked are not listed). */
    public record Run(List<Delivery> deliveries) {
        public long failures() {
            return deliveries.stream().filter(d -> !d.delivered()).count();
        }

        public long delivered() {
            return deliveries.stream().filter(Delivery::delivered).count();
        }
    }

    public List<Channel> channels() {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.alerts().list();
        }
    }

    /**
     * Adds a channel after checking its name, addresses, URL and sources.
     *
     * @param password an SMTP password to keep in an owner-only file of the data folder, when the user gave one
     *                 rather than a file of their own
     * @throws InputProblem for a bad name, address or URL, an unknown source, or a name already used
     */
    public Channel add(Channel channel, Optional<String> password) {
        checkName(channel.name());
        for (String source : channel.sources()) {
            workspace.find(source).orElseThrow(() -> new InputProblem("error.source.unknown", source));
        }
        ChannelTarget target = channel.target();
        if (target instanceof ChannelTarget.Email email) {
            if (email.to().isEmpty()) {
                throw new InputProblem("error.alert.noRecipient");
            }
            for (String to : email.to()) {
                checkAddress(to);
            }
            email.from().ifPresent(Alerts::checkAddress);
            if (email.port() < 1 || email.port() > 65535) {
                throw new InputProblem("error.alert.port", String.valueOf(email.port()));
            }
            email.passwordFile().ifPresent(file -> {
                if (!Files.isReadable(Path.of(file))) {
                    throw new InputProblem("error.alert.passwordFile", file, "cannot be read");
                }
            });
        } else if (target instanceof ChannelTarget.Webhook hook) {
            checkUrl(hook.url());
        } else if (target instanceof ChannelTarget.Ping ping) {
            checkUrl(ping.url());
            if (channel.sources().size() != 1) {
                throw new InputProblem("error.alert.pingSource");
            }
        }
        Channel stored = channel;
        if (password.isPresent() && target instanceof ChannelTarget.Email email) {
            Path file = keepPassword(channel.name(), password.get());
            stored = new Channel(channel.name(), new ChannelTarget.Email(email.to(), email.host(), email.port(),
                    email.security(), email.user(), Optional.of(file.toString()), email.from()), channel.sources(),
                    channel.min());
        }
        try (Store store = Store.open(workspace.dataDir())) {
            store.alerts().add(stored, clock.instant());
        } catch (RuntimeException e) {
            password.ifPresent(p -> deleteQuietly(secretFile(channel.name())));
            throw e;
        }
        return stored;
    }

    /** Forgets a channel and the password Vigie kept for it, if any. */
    public boolean remove(String name) {
        boolean removed;
        try (Store store = Store.open(workspace.dataDir())) {
            removed = store.alerts().remove(name);
        }
        deleteQuietly(secretFile(name));
        return removed;
    }

    /** The latest alerts sent or tried, newest first. */
    public List<SentAlert> recent(int limit) {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.alerts().recent(limit);
        }
    }

    public Optional<WatchRun> lastRun() {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.alerts().lastRun();
        }
    }

    /**
     * Sends a test message on one channel, or on every channel.
     *
     * @throws InputProblem for an unknown channel name
     */
    public List<Delivery> test(Optional<String> name, Messages messages, Instant now, ZoneId zone) {
        List<Channel> channels;
        Optional<AuditMark> audit;
        try (Store store = Store.open(workspace.dataDir())) {
            audit = auditMark(store, messages);
            channels = name.isPresent()
                    ? List.of(store.alerts().find(name.get())
                            .orElseThrow(() -> new InputProblem("error.alert.unknown", name.get())))
                    : store.alerts().list();
        }
        Alert alert = new Alert(AlertKind.TEST, "", AlertState.UP, Optional.empty(), messages.get("alert.title.TEST"),
                messages.get("alert.test.summary", new Formats(messages).dateTime(now, zone)),
                List.of(), now, audit);
        List<Delivery> deliveries = new ArrayList<>();
        List<SentAlert> sent = new ArrayList<>();
        for (Channel channel : channels) {
            Optional<DeliveryFailure> failure = deliver(channel, alert);
            deliveries.add(new Delivery(channel.name(), "", AlertKind.TEST, AlertState.UP, failure));
            sent.add(sent(channel, alert, failure));
        }
        try (Store store = Store.open(workspace.dataDir())) {
            store.alerts().record(Map.of(), sent, Optional.empty(), new AuditStamp(actor, clock.instant()));
        }
        return deliveries;
    }

    /**
     * Tells each channel what changed in these checks, pings the ping channels, and remembers what each channel heard.
     * One read and at most one write of the database, whatever the number of sources.
     *
     * @param run the watch's record of this run, when it is one ({@code check --all --alert})
     */
    public Run afterCheck(List<SourceCheck> checks, Messages messages, Optional<WatchRun> run) {
        // One connection for the run: a read before sending, at most one write after (no lock held in between).
        try (Store store = Store.open(workspace.dataDir())) {
            return afterCheck(store, checks, messages, run);
        }
    }

    private Run afterCheck(Store store, List<SourceCheck> checks, Messages messages, Optional<WatchRun> run) {
        List<Channel> channels = store.alerts().list();
        Map<String, Map<String, Watched>> watched = channels.isEmpty() ? Map.of() : store.alerts().watched();
        Map<String, Map<String, Watched>> remember = new HashMap<>();
        List<SentAlert> sent = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        Optional<AuditMark> audit = null; // read once, when the first alert of the run leaves
        for (SourceCheck check : checks) {
            for (Channel channel : channels) {
                if (!channel.covers(check.source())) {
                    continue;
                }
                if (channel.target() instanceof ChannelTarget.Ping ping) {
                    try {
                        notifier.ping(ping, check.failing());
                    } catch (DeliveryFailure failure) {
                        AlertState state = check.failing() ? check.state() : AlertState.UP;
                        deliveries.add(new Delivery(channel.name(), check.source(), AlertKind.PROBLEM, state,
                                Optional.of(failure)));
                    }
                    continue;
                }
                Optional<Watched> before = Optional.ofNullable(watched.getOrDefault(channel.name(), Map.of())
                        .get(check.source()));
                AlertDecision decision = AlertRules.decide(check, channel.min(), before);
                if (decision.alert().isEmpty()) {
                    if (decision.changed()) {
                        remember.computeIfAbsent(channel.name(), k -> new HashMap<>())
                                .put(check.source(), decision.remember());
                    }
                    continue;
                }
                if (audit == null) {
                    audit = auditMark(store, messages);
                }
                Alert alert = alert(check, decision, channel, messages, audit);
                Optional<DeliveryFailure> failure = deliver(channel, alert);
                if (failure.isEmpty()) {
                    // A failed alert is not remembered: the next run sees the same change and tries again.
                    remember.computeIfAbsent(channel.name(), k -> new HashMap<>())
                            .put(check.source(), decision.remember());
                }
                deliveries.add(new Delivery(channel.name(), check.source(), alert.kind(), alert.state(), failure));
                sent.add(sent(channel, alert, failure));
            }
        }
        Optional<WatchRun> counted = run.map(r -> new WatchRun(r.at(), r.level(), r.sources(),
                (int) deliveries.stream().filter(Delivery::delivered).count(),
                (int) deliveries.stream().filter(d -> !d.delivered()).count()));
        store.alerts().record(remember, sent, counted, new AuditStamp(actor, clock.instant()));
        return new Run(deliveries);
    }

    /** A check's outcome as the alert rules see it; its texts in the user's language. */
    public static SourceCheck sourceCheck(CheckOutcome outcome, Instant now, ZoneId zone, Formats formats) {
        String summary = HealthText.summary(outcome, now, zone, formats);
        if (outcome instanceof CheckOutcome.Checked checked) {
            HealthReport report = checked.report();
            List<AlertFinding> findings = report.findings().stream()
                    .map(f -> new AlertFinding(f.severity(), f.code(), formats.messages().finding(f))).toList();
            return new SourceCheck(outcome.source(), state(report), summary, findings, now);
        }
        return new SourceCheck(outcome.source(), AlertState.UNKNOWN, summary, List.of(), now);
    }

    /** The worst level of a run, as the watch records it. */
    public static String level(List<CheckOutcome> outcomes) {
        return outcomes.stream().map(CheckOutcome::level).max(Enum::compareTo).orElse(MonitoringLevel.OK).name();
    }

    private static AlertState state(HealthReport report) {
        HealthStatus status = report.status();
        return switch (status) {
            case UP -> AlertState.UP;
            case LATE -> AlertState.LATE;
            case DOWN -> AlertState.DOWN;
            case NEW -> report.firstSlotPassed() ? AlertState.NEW_OVERDUE : AlertState.NEW;
        };
    }

    /** The audit log's head as the digests carry it, with the command that checks it later. */
    private static Optional<AuditMark> auditMark(Store store, Messages messages) {
        return store.audit().head().map(h -> new AuditMark(h, messages.get("alert.auditHead", h.toString())));
    }

    private static Alert alert(SourceCheck check, AlertDecision decision, Channel channel, Messages messages,
                               Optional<AuditMark> audit) {
        AlertState state = decision.remember().state();
        String title = decision.alert().get() == AlertKind.RECOVERED
                ? messages.get("alert.title.RECOVERED", check.source())
                : messages.get("alert.title.PROBLEM", check.source(), messages.get("alert.state." + state.name()));
        List<AlertFinding> heard = check.findings().stream().filter(f -> channel.min().hears(f.level())).toList();
        return new Alert(decision.alert().get(), check.source(), state,
                decision.previous().map(Watched::state), title, check.summary(), heard, check.checkedAt(), audit);
    }

    private Optional<DeliveryFailure> deliver(Channel channel, Alert alert) {
        try {
            notifier.deliver(channel, alert);
            return Optional.empty();
        } catch (DeliveryFailure failure) {
            return Optional.of(failure);
        } catch (RuntimeException e) {
            // A library's own failure on one channel must not stop the others.
            return Optional.of(new DeliveryFailure(e, "error.alert.failed", channel.name(), Reasons.of(e)));
        }
    }

    private SentAlert sent(Channel channel, Alert alert, Optional<DeliveryFailure> failure) {
        return new SentAlert(clock.instant(), channel.name(), alert.source(), alert.kind(), alert.state(),
                alert.previous(), failure.isEmpty(), failure.map(DeliveryFailure::messageKey),
                failure.map(f -> f.args().stream().map(String::valueOf).toList()).orElse(List.of()));
    }

    private Path secretFile(String channel) {
        return workspace.dataDir().resolve(SECRETS_FOLDER).resolve(channel + ".password");
    }

    /** Written owner-only (0600 where the file system has POSIX permissions) before any byte of the password. */
    private Path keepPassword(String channel, String password) {
        Path file = secretFile(channel);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new InputProblem(e, "error.alert.keepPassword", file.toString(), Reasons.of(e));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing to undo: the channel is gone either way, and the file is owner-only.
        }
    }

    private static void checkName(String name) {
        if (!CHANNEL_NAME.matcher(name).matches()) {
            throw new InputProblem("error.alert.badName", name);
        }
    }

    private static void checkAddress(String address) {
        if (!ADDRESS.matcher(address).matches()) {
            throw new InputProblem("error.alert.badAddress", address);
        }
    }

    private static void checkUrl(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
                return;
            }
        } catch (java.net.URISyntaxException e) {
            // told below
        }
        throw new InputProblem("error.alert.badUrl", url);
    }
}
