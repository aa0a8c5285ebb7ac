package dev.vigie.source.drive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Drive v3 server on the loopback interface, enough of the REST protocol for the real Google client:
 * {@code files.get}, {@code files.list} with {@code q} ({@code 'ID' in parents}, or-ed, {@code trashed = false}),
 * {@code pageSize} and {@code pageToken}, {@code about.get}, a token endpoint that refreshes, and a revocation
 * endpoint. Answers can be scripted (error bodies, HTML 429 pages) and every request is recorded.
 */
public final class FakeDrive implements AutoCloseable {

    public static final String FOLDER = "application/vnd.google-apps.folder";
    public static final String SHORTCUT = "application/vnd.google-apps.shortcut";
    public static final String DOCUMENT = "application/vnd.google-apps.document";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARENT = Pattern.compile("'([^']+)' in parents");

    /** One item of the fake Drive. */
    public record Item(String id, String name, String mimeType, String parent, Long size, String md5,
                       Instant modified, boolean trashed, String targetId, String targetMimeType) {
    }

    /** A scripted answer, served instead of the next API request's real one. */
    public record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Deque<Answer> scripted = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Set<String> acceptedTokens = Collections.synchronizedSet(new HashSet<>());
    private volatile int pageLimit = Integer.MAX_VALUE;
    private volatile boolean emptyPageFirst;
    private volatile boolean refreshFails;
    private volatile int refreshes;
    private volatile int revocations;
    private volatile String refreshedToken = "fresh-token";

    public FakeDrive() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/drive/v3/", this::api);
        server.createContext("/token", this::token);
        server.createContext("/revoke", this::revoke);
        server.start();
        acceptedTokens.add("test-token");
    }

    /** {@code http://127.0.0.1:PORT/}: the root URL to give Vigie. */
    public String rootUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/";
    }

    public String tokenUri() {
        return rootUrl() + "token";
    }

    public FakeDrive folder(String id, String name, String parent) {
        return put(new Item(id, name, FOLDER, parent, null, null, Instant.parse("2026-11-01T00:00:00Z"), false, null,
                null));
    }

    public FakeDrive file(String id, String name, String parent, long size, String md5, Instant modified) {
        return put(new Item(id, name, "application/zip", parent, size, md5, modified, false, null, null));
    }

    public FakeDrive put(Item item) {
        synchronized (items) {
            items.put(item.id(), item);
        }
        return this;
    }

    public FakeDrive script(int status, String contentType, String body) {
        synchronized (scripted) {
            scripted.add(new Answer(status, contentType, body));
        }
        return this;
    }

    /** Pages hold at most this many items, whatever {@code pageSize} asks: partial pages before the end. */
    public FakeDrive pageLimit(int limit) {
        this.pageLimit = limit;
        return this;
    }

    /** The first page of each listing is empty but has a next page. */
    public FakeDrive emptyPageFirst() {
        this.emptyPageFirst = true;
        return this;
    }

    public FakeDrive refreshFails() {
        this.refreshFails = true;
        return this;
    }

    public void acceptOnly(String token) {
        acceptedTokens.clear();
        acceptedTokens.add(token);
    }

    /** Every API request as {@code METHOD path?query}, decoded. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public int refreshes() {
        return refreshes;
    }

    public int revocations() {
        return revocations;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + (query == null ? "" : "?" + URLDecoder.decode(query, StandardCharsets.UTF_8)));
            Answer answer;
            synchronized (scripted) {
                answer = scripted.poll();
            }
            if (answer != null) {
                send(exchange, answer.status(), answer.contentType(), answer.body());
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Bearer ") || !acceptedTokens.contains(auth.substring(7))) {
                send(exchange, 401, "application/json", ErrorBodies.UNAUTHORISED);
                return;
            }
            String path = exchange.getRequestURI().getPath().substring("/drive/v3/".length());
            Map<String, String> params = params(query);
            if (path.equals("about")) {
                send(exchange, 200, "application/json",
                        "{\"user\": {\"emailAddress\": \"owner@example.com\", \"displayName\": \"Owner\"}}");
            } else if (path.equals("files")) {
                list(exchange, params);
            } else if (path.startsWith("files/")) {
                Item item;
                synchronized (items) {
                    item = items.get(path.substring("files/".length()));
                }
                if (item == null) {
                    send(exchange, 404, "application/json", ErrorBodies.NOT_FOUND);
                } else {
                    send(exchange, 200, "application/json", JSON.writeValueAsString(json(item)));
                }
            } else {
                send(exchange, 404, "text/plain", "no such method");
            }
        }
    }

    private void list(HttpExchange exchange, Map<String, String> params) throws IOException {
        String q = params.getOrDefault("q", "");
        Set<String> parents = new HashSet<>();
        Matcher m = PARENT.matcher(q);
        while (m.find()) {
            parents.add(m.group(1));
        }
        boolean hideTrashed = q.contains("trashed = false");
        List<Item> matching = new ArrayList<>();
        synchronized (items) {
            for (Item item : items.values()) {
                if (parents.contains(item.parent()) && !(hideTrashed && item.trashed())) {
                    matching.add(item);
                }
            }
        }
        matching.sort(Comparator.comparing(Item::id));
        int pageSize = Integer.parseInt(params.getOrDefault("pageSize", "100"));
        String token = params.get("pageToken");
        ObjectNode body = JSON.createObjectNode();
        ArrayNode files = body.putArray("files");
        if (token == null && emptyPageFirst) {
            body.put("nextPageToken", "0");
            send(exchange, 200, "application/json", JSON.writeValueAsString(body));
            return;
        }
        int from = token == null ? 0 : Integer.parseInt(token);
        int to = Math.min(matching.size(), from + Math.min(pageSize, pageLimit));
        for (Item item : matching.subList(from, to)) {
            files.add(json(item));
        }
        if (to < matching.size()) {
            body.put("nextPageToken", String.valueOf(to));
        }
        send(exchange, 200, "application/json", JSON.writeValueAsString(body));
    }

    private static ObjectNode json(Item item) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", "drive#file");
        n.put("id", item.id());
        n.put("name", item.name());
        n.put("mimeType", item.mimeType());
        if (item.size() != null) {
            n.put("size", String.valueOf(item.size())); // int64 travels as a JSON string
        }
        if (item.md5() != null) {
            n.put("md5Checksum", item.md5());
        }
        n.put("modifiedTime", item.modified().toString());
        n.put("createdTime", item.modified().toString());
        n.put("trashed", item.trashed());
        if (item.parent() != null) {
            n.putArray("parents").add(item.parent());
        }
        if (item.targetId() != null) {
            ObjectNode details = n.putObject("shortcutDetails");
            details.put("targetId", item.targetId());
            details.put("targetMimeType", item.targetMimeType());
        }
        return n;
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (refreshFails || !form.contains("grant_type=refresh_token") && !form.contains("grant_type=authorization_code")) {
                send(exchange, 400, "application/json",
                        "{\"error\": \"invalid_grant\", \"error_description\": \"Token has been expired or revoked.\"}");
                return;
            }
            refreshes++;
            acceptedTokens.add(refreshedToken);
            String refresh = form.contains("grant_type=authorization_code") ? ", \"refresh_token\": \"refresh-1\"" : "";
            send(exchange, 200, "application/json", "{\"access_token\": \"" + refreshedToken
                    + "\", \"expires_in\": 3599, \"token_type\": \"Bearer\"" + refresh + "}");
        }
    }

    private void revoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            revocations++;
            send(exchange, 200, "application/json", "{}");
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
