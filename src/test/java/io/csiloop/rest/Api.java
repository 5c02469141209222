package io.csiloop.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calls the API over HTTP as a client would, on HTTP/1.1 (the JDK client's h2c upgrade stalls some servers).
 * A request is built fluently: {@code api.as(Role.EDITOR).post("projects/CSI/definitions", json)}.
 */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Role role;
    private final List<String> headers;

    Api(URI base) {
        this(base, Role.PROJECT_ADMIN, List.of());
    }

    private Api(URI base, Role role, List<String> headers) {
        this.base = base;
        this.role = role;
        this.headers = headers;
    }

    Api as(Role caller) {
        return new Api(base, caller, headers);
    }

    /** The same calls with one more header. */
    Api header(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new Api(base, role, List.copyOf(more));
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    Reply put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Any request; a null content type sends none, a null body sends an empty one. */
    Reply send(String method, String path, String contentType, String body) {
        return stream(method, path, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    Reply stream(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(300))
                .method(method, body).header(FakeJira.ROLE_HEADER, role.name());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: its status, body, content type and every header (names in lower case). */
    record Reply(int status, String body, String contentType, Map<String, List<String>> headers) {

        /** The values of the header, in the order sent; empty when it was not sent. */
        List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
