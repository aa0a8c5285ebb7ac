package dev.vigie.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.alert.Channel;
import dev.vigie.alert.ChannelTarget;
import java.util.List;

/** The alert channels as JSON for scripts: name, kind, where, sources, minimum. Never a password. */
public final class AlertsJson {

    private AlertsJson() {
    }

    public static String render(List<Channel> channels) {
        ArrayNode all = Json.mapper().createArrayNode();
        for (Channel channel : channels) {
            ObjectNode node = all.addObject();
            node.put("name", channel.name());
            node.put("kind", channel.kind().id());
            ChannelTarget target = channel.target();
            if (target instanceof ChannelTarget.Email email) {
                email.to().forEach(node.putArray("to")::add);
                node.put("smtpHost", email.host());
                node.put("smtpPort", email.port());
                node.put("security", email.security().id());
                email.user().ifPresent(u -> node.put("smtpUser", u));
                node.put("password", email.passwordFile().isPresent());
                email.from().ifPresent(f -> node.put("from", f));
            } else if (target instanceof ChannelTarget.Webhook hook) {
                node.put("url", hook.url());
                node.put("format", hook.format().id());
            } else if (target instanceof ChannelTarget.Ping ping) {
                node.put("url", ping.url());
            }
            channel.sources().forEach(node.putArray("sources")::add);
            node.put("min", channel.min().id());
        }
        return InventoryJson.write(all);
    }
}
