package dev.vigie.ui.settings;

import dev.vigie.alert.Channel;
import dev.vigie.alert.ChannelKind;
import dev.vigie.alert.ChannelTarget;
import dev.vigie.alert.Minimum;
import dev.vigie.alert.SentAlert;
import dev.vigie.alert.WatchRun;
import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.notify.DeliveryFailure;
import dev.vigie.notify.WatchPlan;
import dev.vigie.notify.WatchScheduler;
import dev.vigie.workspace.Alerts;
import dev.vigie.workspace.Watch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Settings view's alerts section without a window: the hourly watch switch, the channels (add, test, remove) and
 * the last alerts sent, each in the user's words. Synchronous; the view runs it off the FX thread.
 */
public final class AlertsViewModel {

    /** How many of the last alerts the view lists. */
    static final int RECENT = 8;

    private final Alerts alerts;
    private final Watch watch;
    private final Path dataDir;
    private final String osName;
    private final Clock clock;
    private final ZoneId zone;

    /** What the user typed in the add-channel form; blank fields are "not given". */
    public record Form(ChannelKind kind, String name, String to, String host, String port, String security,
                       String user, String password, String url, String format, String source) {
    }

    /** The watch switch's state and the sentence under it. */
    public record WatchState(boolean installed, String text) {
    }

    public AlertsViewModel(Alerts alerts, Watch watch, Path dataDir, String osName, Clock clock, ZoneId zone) {
        this.alerts = alerts;
        this.watch = watch;
        this.dataDir = dataDir;
        this.osName = osName;
        this.clock = clock;
        this.zone = zone;
    }

    public List<Channel> channels() {
        return alerts.channels();
    }

    /** "E-mail: owner@example.org via smtp.example.org:587 (starttls)", in the user's words. */
    public static String describe(Channel channel, Messages m) {
        String target = channel.target().describe();
        String kind = m.get("settings.alerts.kind." + channel.kind().id());
        return target.isEmpty() ? kind : m.get("settings.alerts.describe", kind, target);
    }

    /**
     * Adds the channel of the form; an SMTP password typed in is kept in an owner-only file of the data folder.
     *
     * @throws InputProblem for a value that cannot be used, saying which
     */
    public Channel add(Form form) {
        Set<String> sources = blank(form.source()) ? Set.of() : Set.of(form.source().strip());
        ChannelTarget target = switch (form.kind()) {
            case EMAIL -> email(form);
            case WEBHOOK -> new ChannelTarget.Webhook(form.url().strip(),
                    ChannelTarget.WebhookFormat.fromId(blank(form.format()) ? "json" : form.format())
                            .orElseThrow(() -> new InputProblem("error.alert.format", form.format())));
            case PING -> new ChannelTarget.Ping(form.url().strip());
            case DESKTOP -> new ChannelTarget.Desktop();
        };
        Optional<String> password = form.kind() == ChannelKind.EMAIL && !blank(form.password())
                ? Optional.of(form.password()) : Optional.empty();
        return alerts.add(new Channel(form.name().strip(), target, sources, Minimum.WARNING), password);
    }

    private static ChannelTarget email(Form form) {
        ChannelTarget.Security security = ChannelTarget.Security.fromId(
                blank(form.security()) ? "starttls" : form.security())
                .orElseThrow(() -> new InputProblem("error.alert.security", form.security()));
        int port;
        try {
            port = blank(form.port()) ? security.defaultPort() : Integer.parseInt(form.port().strip());
        } catch (NumberFormatException e) {
            throw new InputProblem("error.alert.port", form.port());
        }
        List<String> to = Arrays.stream(form.to().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        Optional<String> user = blank(form.user()) ? Optional.empty() : Optional.of(form.user().strip());
        if (!blank(form.password()) && user.isEmpty()) {
            throw new InputProblem("error.alert.passwordWithoutUser");
        }
        return new ChannelTarget.Email(to, form.host().strip(), port, security, user, Optional.empty(),
                Optional.empty());
    }

    public boolean remove(String name) {
        return alerts.remove(name);
    }

    /** Sends a test message on one channel: "Delivered." or why not. */
    public String test(String name, Messages m) {
        Alerts.Delivery delivery = alerts.test(Optional.of(name), m, clock.instant(), zone).get(0);
        return delivery.failure().map(f -> m.get("settings.alerts.test.failed", reason(f, m)))
                .orElse(m.get("settings.alerts.test.delivered"));
    }

    /** The last alerts sent or tried, newest first, one sentence each. */
    public List<String> recent(Messages m) {
        Formats formats = new Formats(m);
        List<String> lines = new ArrayList<>();
        for (SentAlert sent : alerts.recent(RECENT)) {
            String what = switch (sent.kind()) {
                case TEST -> m.get("alerts.what.test");
                case RECOVERED -> m.get("alerts.what.recovered", sent.source());
                case PROBLEM -> m.get("alerts.what.problem", sent.source(), m.get("alert.state." + sent.state().name()));
            };
            String outcome = sent.delivered() ? m.get("settings.alerts.sent.delivered")
                    : m.get("settings.alerts.sent.failed", sent.errorKey()
                            .map(k -> m.get(k, sent.errorArgs().toArray())).orElse(""));
            lines.add(m.get("settings.alerts.sent.line", formats.dateTime(sent.at(), zone), sent.channel(), what,
                    outcome));
        }
        return lines;
    }

    public WatchState watchState(Messages m) {
        Watch.Status status = watch.status();
        String last = status.lastRun().map(r -> lastRun(r, m)).orElse(m.get("settings.watch.never"));
        return new WatchState(status.installed().isPresent(), status.installed()
                .map(i -> m.get("settings.watch.on", m.get("watch.kind." + i.kind().name())) + " " + last)
                .orElse(m.get("settings.watch.off")));
    }

    /** Turns the hourly {@code check --all --alert} on or off; says what happened. */
    public WatchState setWatch(boolean on, Messages m) {
        if (!on) {
            watch.uninstall();
            return watchState(m);
        }
        WatchPlan plan = new WatchPlan(Duration.ofHours(1), Watch.command(dataDir, true, osName));
        WatchScheduler.Outcome outcome = watch.install(plan, false);
        if (outcome instanceof WatchScheduler.NoUserSystemd none) {
            return new WatchState(false, m.get("settings.watch.noSystemd", none.crontabLine()));
        }
        return watchState(m);
    }

    private String lastRun(WatchRun run, Messages m) {
        return m.get("watch.status.lastRun", new Formats(m).dateTime(run.at(), zone), run.level(), run.sources(),
                run.alerts(), run.failures());
    }

    private static String reason(DeliveryFailure failure, Messages m) {
        return m.get(failure.messageKey(), failure.args().toArray());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
