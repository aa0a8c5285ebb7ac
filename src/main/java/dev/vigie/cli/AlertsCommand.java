package dev.vigie.cli;

import dev.vigie.alert.Channel;
import dev.vigie.alert.ChannelTarget;
import dev.vigie.alert.Minimum;
import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Messages;
import dev.vigie.report.AlertsJson;
import dev.vigie.workspace.Alerts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie alerts add|list|remove|test}: the channels that tell someone when a source's state changes. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        subcommands = {AlertsCommand.Add.class, AlertsCommand.ListChannels.class, AlertsCommand.Remove.class,
            AlertsCommand.Test.class})
public final class AlertsCommand {

    /** {@code vigie alerts add email|webhook|ping|desktop}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            subcommands = {AddEmail.class, AddWebhook.class, AddPing.class, AddDesktop.class})
    public static final class Add {
    }

    /** What every kind of channel is added with: its name, its sources and its minimum level. */
    abstract static class AddChannel implements Callable<Integer> {

        final CliContext context;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "alerts.name")
        String name;

        @Option(names = "--source", paramLabel = "S", descriptionKey = "alerts.source")
        List<String> sources = new ArrayList<>();

        @Option(names = "--min", paramLabel = "LEVEL", defaultValue = "warning", descriptionKey = "alerts.min")
        String min;

        @Spec
        CommandSpec spec;

        AddChannel(CliContext context) {
            this.context = context;
        }

        abstract ChannelTarget target();

        Optional<String> password() {
            return Optional.empty();
        }

        @Override
        public Integer call() {
            Minimum level = Minimum.fromId(min).orElseThrow(() -> new InputProblem("error.alert.min", min));
            ChannelTarget target = target();
            Channel channel = Targets.workspace(context).alerts(context.notifier())
                    .add(new Channel(name, target, Set.copyOf(sources), level), password());
            PrintWriter out = spec.commandLine().getOut();
            String where = channel.target().describe();
            out.println(where.isEmpty() ? context.messages().get("alerts.added.plain", channel.name(),
                    channel.kind().id()) : context.messages().get("alerts.added", channel.name(), channel.kind().id(),
                    where));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie alerts add email NAME --to ADDR --smtp-host HOST ...}. */
    @Command(name = "email", mixinStandardHelpOptions = true)
    public static final class AddEmail extends AddChannel {

        @Option(names = "--to", paramLabel = "ADDR", required = true, descriptionKey = "alerts.email.to")
        List<String> to;

        @Option(names = "--smtp-host", paramLabel = "HOST", required = true, descriptionKey = "alerts.email.host")
        String host;

        @Option(names = "--smtp-port", paramLabel = "N", descriptionKey = "alerts.email.port")
        Integer port;

        @Option(names = "--security", paramLabel = "S", defaultValue = "starttls",
                descriptionKey = "alerts.email.security")
        String security;

        @Option(names = "--smtp-user", paramLabel = "U", descriptionKey = "alerts.email.user")
        String user;

        @Option(names = "--smtp-password-file", paramLabel = "F", descriptionKey = "alerts.email.passwordFile")
        Path passwordFile;

        @Option(names = "--smtp-password-stdin", descriptionKey = "alerts.email.passwordStdin")
        boolean passwordStdin;

        @Option(names = "--from", paramLabel = "ADDR", descriptionKey = "alerts.email.from")
        String from;

        public AddEmail(CliContext context) {
            super(context);
        }

        @Override
        ChannelTarget target() {
            ChannelTarget.Security s = ChannelTarget.Security.fromId(security)
                    .orElseThrow(() -> new InputProblem("error.alert.security", security));
            if (passwordFile != null && passwordStdin) {
                throw new InputProblem("error.alert.twoPasswords");
            }
            if ((passwordFile != null || passwordStdin) && user == null) {
                throw new InputProblem("error.alert.passwordWithoutUser");
            }
            return new ChannelTarget.Email(to, host, port == null ? s.defaultPort() : port, s,
                    Optional.ofNullable(user),
                    Optional.ofNullable(passwordFile).map(p -> p.toAbsolutePath().normalize().toString()),
                    Optional.ofNullable(from));
        }

        @Override
        Optional<String> password() {
            if (!passwordStdin) {
                return Optional.empty();
            }
            try {
                String text = new String(context.stdin().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new InputProblem("error.alert.emptyPassword");
                }
                return Optional.of(text);
            } catch (IOException e) {
                throw new InputProblem(e, "error.alert.emptyPassword");
            }
        }
    }

    /** {@code vigie alerts add webhook NAME URL [--format json|slack|ntfy]}. */
    @Command(name = "webhook", mixinStandardHelpOptions = true)
    public static final class AddWebhook extends AddChannel {

        @Parameters(index = "1", paramLabel = "URL", descriptionKey = "alerts.url")
        String url;

        @Option(names = "--format", paramLabel = "F", defaultValue = "json", descriptionKey = "alerts.webhook.format")
        String format;

        public AddWebhook(CliContext context) {
            super(context);
        }

        @Override
        ChannelTarget target() {
            return new ChannelTarget.Webhook(url, ChannelTarget.WebhookFormat.fromId(format)
                    .orElseThrow(() -> new InputProblem("error.alert.format", format)));
        }
    }

    /** {@code vigie alerts add ping NAME URL --source SOURCE}: healthchecks.io's convention. */
    @Command(name = "ping", mixinStandardHelpOptions = true)
    public static final class AddPing extends AddChannel {

        @Parameters(index = "1", paramLabel = "URL", descriptionKey = "alerts.url")
        String url;

        public AddPing(CliContext context) {
            super(context);
        }

        @Override
        ChannelTarget target() {
            return new ChannelTarget.Ping(url);
        }
    }

    /** {@code vigie alerts add desktop NAME}: a notification of the operating system. */
    @Command(name = "desktop", mixinStandardHelpOptions = true)
    public static final class AddDesktop extends AddChannel {

        public AddDesktop(CliContext context) {
            super(context);
        }

        @Override
        ChannelTarget target() {
            return new ChannelTarget.Desktop();
        }
    }

    /** {@code vigie alerts list [--json]}: never a password. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListChannels implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Spec
        private CommandSpec spec;

        public ListChannels(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Alerts alerts = Targets.workspace(context).alerts(context.notifier());
            List<Channel> channels = alerts.channels();
            PrintWriter out = spec.commandLine().getOut();
            Messages m = context.messages();
            if (json) {
                out.println(AlertsJson.render(channels));
            } else if (channels.isEmpty()) {
                out.println(m.get("alerts.none"));
            } else {
                for (Channel channel : channels) {
                    String where = channel.target().describe();
                    out.println(m.get("alerts.line", channel.name(), channel.kind().id(),
                            where.isEmpty() ? "" : " " + where,
                            channel.sources().isEmpty() ? m.get("alerts.allSources")
                                    : String.join(", ", channel.sources()),
                            channel.min().id()));
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie alerts remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    public static final class Remove implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "alerts.name")
        private String name;

        @Spec
        private CommandSpec spec;

        public Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!Targets.workspace(context).alerts(context.notifier()).remove(name)) {
                throw new InputProblem("error.alert.unknown", name);
            }
            spec.commandLine().getOut().println(context.messages().get("alerts.removed", name));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie alerts test [NAME]}: a test message on each channel; says per channel delivered or why not. */
    @Command(name = "test", mixinStandardHelpOptions = true)
    public static final class Test implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", descriptionKey = "alerts.test.name")
        private String name;

        @Spec
        private CommandSpec spec;

        public Test(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Messages m = context.messages();
            List<Alerts.Delivery> deliveries = Targets.workspace(context).alerts(context.notifier())
                    .test(Optional.ofNullable(name), m, context.clock().instant(), context.zone());
            PrintWriter out = spec.commandLine().getOut();
            if (deliveries.isEmpty()) {
                out.println(m.get("alerts.none"));
            }
            for (Alerts.Delivery d : deliveries) {
                out.println(AlertLines.delivery(d, m));
            }
            out.flush();
            return deliveries.stream().allMatch(Alerts.Delivery::delivered) ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
        }
    }
}
