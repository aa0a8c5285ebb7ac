package dev.vigie.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.alert.Alert;
import dev.vigie.alert.AlertFinding;
import dev.vigie.alert.AlertKind;
import dev.vigie.alert.AlertState;
import dev.vigie.alert.ChannelTarget;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** Posts alerts to webhooks (JSON, Slack-style, ntfy) and pings healthchecks-style URLs, over java.net.http. */
final class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final String version;
    private final ObjectMapper json = new ObjectMapper();

    WebhookSender(HttpClient http, String version) {
        this.http = http;
        this.version = version;
    }

    void send(ChannelTarget.Webhook target, Alert alert) throws DeliveryFailure {
        HttpRequest.Builder request = request(target.url());
        switch (target.format()) {
            case JSON -> request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json(alert), StandardCharsets.UTF_8));
            case SLACK -> request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(slack(alert), StandardCharsets.UTF_8));
            case NTFY -> request.header("Content-Type", "text/plain; charset=utf-8")
                    .header("Title", ascii(alert.title()))
                    .header("Priority", priority(alert))
                    .header("Tags", tags(alert))
                    .POST(HttpRequest.BodyPublishers.ofString(Texts.digest(alert), StandardCharsets.UTF_8));
        }
        exchange(target.url(), request.build());
    }

    /** A GET to the ping URL, or to its {@code /fail} when the check found the source failing. */
    void ping(ChannelTarget.Ping target, boolean failing) throws DeliveryFailure {
        String url = target.urlFor(failing);
        exchange(url, request(url).GET().build());
    }

    private HttpRequest.Builder request(String url) throws DeliveryFailure {
        try {
            return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("User-Agent", "Vigie/" + version);
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailure(e, "error.alert.url", url);
        }
    }

    private void exchange(String url, HttpRequest request) throws DeliveryFailure {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailure("error.alert.http", url, response.statusCode());
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw new DeliveryFailure(e, "error.alert.unreachable", url, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (java.net.ConnectException e) {
            throw new DeliveryFailure(e, "error.alert.unreachable", url, "connection refused");
        } catch (IOException e) {
            throw new DeliveryFailure(e, "error.alert.unreachable", url, Reasons.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure(e, "error.alert.unreachable", url, "interrupted");
        }
    }

    /** The documented JSON body: source, status, previousStatus, summary, findings, checkedAt, auditHead, vigie. */
    String json(Alert alert) {
        ObjectNode body = json.createObjectNode();
        body.put("source", alert.source());
        body.put("status", alert.state().word());
        if (alert.previous().isPresent()) {
            body.put("previousStatus", alert.previous().get().word());
        } else {
            body.putNull("previousStatus");
        }
        body.put("summary", alert.summary());
        ArrayNode findings = body.putArray("findings");
        for (AlertFinding finding : alert.findings()) {
            findings.addObject().put("severity", finding.severity().name().toLowerCase(Locale.ROOT))
                    .put("code", finding.code()).put("message", finding.message());
        }
        body.put("checkedAt", alert.checkedAt().toString());
        alert.audit().ifPresent(a -> body.put("auditHead", a.head().toString()));
        body.put("vigie", version);
        return write(body);
    }

    private String slack(Alert alert) {
        ObjectNode body = json.createObjectNode();
        body.put("text", "*" + alert.title() + "*\n" + Texts.digest(alert).strip());
        return write(body);
    }

    private String write(ObjectNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings always serialises", e);
        }
    }

    private static String priority(Alert alert) {
        if (alert.kind() != AlertKind.PROBLEM) {
            return "default";
        }
        return alert.state() == AlertState.DOWN || alert.state() == AlertState.NEW_OVERDUE ? "high" : "default";
    }

    private static String tags(Alert alert) {
        return switch (alert.kind()) {
            case RECOVERED -> "white_check_mark";
            case TEST -> "information_source";
            case PROBLEM -> "warning";
        };
    }

    /** HTTP headers are ASCII: accents become their base letter, anything else a question mark. */
    static String ascii(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
