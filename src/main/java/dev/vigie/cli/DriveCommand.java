package dev.vigie.cli;

import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.InventoryJson;
import dev.vigie.report.InventoryText;
import dev.vigie.source.drive.DriveAccount;
import dev.vigie.source.drive.DriveEndpoint;
import dev.vigie.source.drive.DriveStatus;
import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie drive connect|status|disconnect|scan|compare}: Google Drive folders as backup sources, read with
 * metadata only. Not runnable itself, so that a missing subcommand is bad usage (exit 2).
 */
@Command(name = "drive", mixinStandardHelpOptions = true,
        subcommands = {DriveCommand.Connect.class, DriveCommand.Status.class, DriveCommand.Disconnect.class,
            DriveCommand.Scan.class, DriveCompareCommand.class})
public final class DriveCommand {

    /** {@code vigie drive connect [--client-secret FILE]}: the browser flow, then the tokens stored owner-only. */
    @Command(name = "connect", mixinStandardHelpOptions = true)
    public static final class Connect implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--client-secret", paramLabel = "FILE", descriptionKey = "drive.connect.client-secret")
        private Path clientSecret;

        @Spec
        private CommandSpec spec;

        public Connect(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            DriveAccount account = new DriveAccount(context.driveEndpoint());
            if (clientSecret != null) {
                account.importClient(clientSecret);
            }
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            Optional<String> connected = account.connect(url -> {
                out.println(m.get("drive.connect.openBrowser", url));
                out.flush();
                openInBrowser(url);
            });
            out.println(connected.map(a -> m.get("drive.connect.done", a)).orElse(m.get("drive.connect.doneNoAccount")));
            out.flush();
            return ExitCode.OK;
        }

        private static void openInBrowser(String url) {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(URI.create(url));
                }
            } catch (Exception e) {
                // The address is printed: the user opens it by hand.
            }
        }
    }

    /** {@code vigie drive status}: connected or not, as whom, and whether the environment's token is used. */
    @Command(name = "status", mixinStandardHelpOptions = true)
    public static final class Status implements Callable<Integer> {

        private final CliContext context;

        @Spec
        private CommandSpec spec;

        public Status(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            DriveStatus status = new DriveAccount(context.driveEndpoint()).status();
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (status.environmentToken()) {
                out.println(m.get("drive.status.environment", DriveEndpoint.ACCESS_TOKEN_VARIABLE));
            }
            if (status.connected()) {
                out.println(m.get("drive.status.connected", status.account().orElse("?")));
            } else if (!status.environmentToken()) {
                out.println(m.get(status.clientImported() ? "drive.status.clientOnly" : "drive.status.none"));
            }
            out.println(m.get("drive.status.scope"));
            out.flush();
            return status.connected() || status.environmentToken() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
        }
    }

    /** {@code vigie drive disconnect}: revokes the stored token at Google and deletes it. */
    @Command(name = "disconnect", mixinStandardHelpOptions = true)
    public static final class Disconnect implements Callable<Integer> {

        private final CliContext context;

        @Spec
        private CommandSpec spec;

        public Disconnect(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            DriveAccount account = new DriveAccount(context.driveEndpoint());
            boolean wasConnected = account.status().connected();
            boolean revoked = account.disconnect();
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get(!wasConnected ? "drive.disconnect.none"
                    : revoked ? "drive.disconnect.revoked" : "drive.disconnect.deletedOnly"));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie drive scan FOLDER [--json]}: the scan JSON contract for a Drive folder. */
    @Command(name = "scan", mixinStandardHelpOptions = true)
    public static final class Scan implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FOLDER", descriptionKey = "drive.folder")
        private String folder;

        @Option(names = "--layout", paramLabel = "L", converter = LayoutConverter.class, descriptionKey = "layout")
        private Layout layout;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Scan(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant now = time.now(context);
            Inventory inventory = context.driveScanner().scan(folder, Optional.ofNullable(layout), zone, now,
                    ScanProgress.NONE);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(InventoryJson.render(inventory, zone, context.messages()));
            } else {
                out.print(InventoryText.render(inventory, zone, now, new Formats(context.messages())));
            }
            out.flush();
            return inventory.backups().isEmpty() ? ExitCode.PROBLEM_FOUND : ExitCode.OK;
        }
    }
}
