package dev.vigie.alert;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Where a channel delivers. No secret is held here: an e-mail password stays in its file until sending. */
public sealed interface ChannelTarget {

    ChannelKind kind();

    /** A line for lists: addresses, host, URL. Never a password. */
    String describe();

    /** SMTP connection security. */
    enum Security {
        STARTTLS(587), TLS(465), NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Security> fromId(String id) {
            for (Security s : values()) {
                if (s.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * E-mail through an SMTP server.
     *
     * @param passwordFile the file holding the SMTP password, read at each sending (the user's own, or an owner-only
     *                     copy in the data folder)
     */
    record Email(List<String> to, String host, int port, Security security, Optional<String> user,
                 Optional<String> passwordFile, Optional<String> from) implements ChannelTarget {

        public Email {
            to = List.copyOf(to);
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(security, "security");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(passwordFile, "passwordFile");
            Objects.requireNonNull(from, "from");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.EMAIL;
        }

        @Override
        public String describe() {
            return String.join(", ", to) + "; " + host + ":" + port + " (" + security.id() + ")";
        }
    }

    /** The body of a webhook. */
    enum WebhookFormat {
        JSON, SLACK, NTFY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<WebhookFormat> fromId(String id) {
            for (WebhookFormat f : values()) {
                if (f.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** An HTTP POST. */
    record Webhook(String url, WebhookFormat format) implements ChannelTarget {

        public Webhook {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(format, "format");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.WEBHOOK;
        }

        @Override
        public String describe() {
            return url + " (" + format.id() + ")";
        }
    }

    /** healthchecks.io's convention: {@code url} after a good check, {@code url/fail} after a bad one. */
    record Ping(String url) implements ChannelTarget {

        public Ping {
            Objects.requireNonNull(url, "url");
        }

        /** The URL to request after a check, failing or not. */
        public String urlFor(boolean failing) {
            if (!failing) {
                return url;
            }
            return url.endsWith("/") ? url + "fail" : url + "/fail";
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.PING;
        }

        @Override
        public String describe() {
            return url;
        }
    }

    /** A notification of the operating system. */
    record Desktop() implements ChannelTarget {

        @Override
        public ChannelKind kind() {
            return ChannelKind.DESKTOP;
        }

        @Override
        public String describe() {
            return "";
        }
    }
}
