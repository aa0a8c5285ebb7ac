package dev.vigie.source.drive;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanCancelledException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Where Google's consent page sends the browser back: a one-shot HTTP server on 127.0.0.1, on a free port. It sends
 * a random {@code state} with the request and accepts only a callback carrying it back (another page cannot hand
 * Vigie a code of its own), waits a bounded time, and stops when the user cancels.
 */
final class LoopbackReceiver implements AutoCloseable {

    static final String PATH = "/Callback";

    private final HttpServer server;
    private final String state;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    LoopbackReceiver() throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, this::callback);
        server.start();
    }

    String redirectUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The random value the consent request carries and the callback must bring back. */
    String state() {
        return state;
    }

    /**
     * The authorisation code, once the browser comes back with the right state.
     *
     * @throws InputProblem           when the user refused, or {@code timeout} passed first
     * @throws ScanCancelledException when {@code cancelled} says so, or the thread is interrupted
     */
    String waitForCode(Duration timeout, BooleanSupplier cancelled) {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new ScanCancelledException();
            }
            if (!Instant.now().isBefore(end)) {
                throw new InputProblem("error.drive.connectTimeout", Math.max(1, timeout.toMinutes()));
            }
            try {
                return code.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScanCancelledException();
            } catch (ExecutionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
    }

    private void callback(HttpExchange exchange) throws IOException {
        Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
        String given = params.getOrDefault("state", "");
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            // Not the answer to Vigie's request: refused, and the wait for the real one goes on.
            answer(exchange, 400, "This sign-in does not match the one Vigie started. Close this page.");
            return;
        }
        if (params.containsKey("error")) {
            answer(exchange, 200, "Vigie was not given access. You can close this page.");
            code.completeExceptionally(new InputProblem("error.drive.connectFailed", params.get("error")));
            return;
        }
        String value = params.get("code");
        if (value == null || value.isBlank()) {
            answer(exchange, 400, "No code in this answer. Close this page.");
            return;
        }
        answer(exchange, 200, "Vigie is connected to Google Drive. You can close this page.");
        code.complete(value);
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!doctype html><meta charset=\"utf-8\"><title>Vigie</title><p>" + text)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (exchange) {
            exchange.getResponseBody().write(body);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
