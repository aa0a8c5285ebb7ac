package dev.vigie.notify;

import dev.vigie.alert.Alert;
import dev.vigie.alert.Channel;
import dev.vigie.alert.ChannelTarget;
import java.net.http.HttpClient;

/** Delivers alerts on any channel: e-mail, webhook, desktop; and the pings of ping channels. */
public final class Notifier {

    private final MailSender mail = new MailSender();
    private final String version;
    private final DesktopSender desktop;
    /** Built at the first webhook or ping: a check with nothing to send never loads the HTTP client. */
    private WebhookSender web;

    /**
     * @param commands runs the desktop notification commands
     * @param osName   the operating system's name, which picks the notification command
     * @param version  Vigie's version, in webhooks and the User-Agent
     */
    public Notifier(CommandRunner commands, String osName, String version) {
        this.version = version;
        this.desktop = new DesktopSender(commands, osName);
    }

    /** Delivers {@code alert} on {@code channel}; a ping channel reports it as a failing or passing check. */
    public void deliver(Channel channel, Alert alert) throws DeliveryFailure {
        ChannelTarget target = channel.target();
        if (target instanceof ChannelTarget.Email email) {
            mail.send(email, alert);
        } else if (target instanceof ChannelTarget.Webhook hook) {
            web().send(hook, alert);
        } else if (target instanceof ChannelTarget.Ping ping) {
            web().ping(ping, alert.kind() == dev.vigie.alert.AlertKind.PROBLEM);
        } else {
            desktop.send(alert);
        }
    }

    /** After each check of a ping channel's source: its URL when the check passed, its {@code /fail} when not. */
    public void ping(ChannelTarget.Ping target, boolean failing) throws DeliveryFailure {
        web().ping(target, failing);
    }

    private synchronized WebhookSender web() {
        if (web == null) {
            web = new WebhookSender(HttpClient.newBuilder().connectTimeout(WebhookSender.TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL).build(), version);
        }
        return web;
    }
}
