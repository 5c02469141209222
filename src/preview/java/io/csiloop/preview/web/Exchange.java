package io.csiloop.preview.web;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One request to the preview host and its answer: a thin, honest wrapper over the JDK's {@link HttpExchange}. */
public final class Exchange {

    private final HttpExchange http;
    private Map<String, String> form;

    public Exchange(HttpExchange http) {
        this.http = http;
    }

    public String method() {
        return http.getRequestMethod();
    }

    /** The request path, without the query. */
    public String path() {
        return http.getRequestURI().getPath();
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(parse(http.getRequestURI().getRawQuery()).get(name));
    }

    /** The query as it came, still encoded. */
    public Optional<String> rawQuery() {
        return Optional.ofNullable(http.getRequestURI().getRawQuery());
    }

    /** A field of an {@code application/x-www-form-urlencoded} body. */
    public Optional<String> form(String name) throws IOException {
        if (form == null) {
            form = parse(new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(form.get(name));
    }

    /** The request body, at most {@code limit} bytes (a longer one is cut there). */
    public byte[] body(int limit) throws IOException {
        return http.getRequestBody().readNBytes(limit);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(http.getRequestHeaders().getFirst(name));
    }

    public Optional<String> cookie(String name) {
        String header = http.getRequestHeaders().getFirst("Cookie");
        if (header == null) {
            return Optional.empty();
        }
        for (String part : header.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals(name)) {
                return Optional.of(pair[1]);
            }
        }
        return Optional.empty();
    }

    public void setHeader(String name, String value) {
        http.getResponseHeaders().add(name, value);
    }

    public void html(int status, String html) throws IOException {
        send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public void json(int status, String json) throws IOException {
        send(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    public void redirect(String location) throws IOException {
        setHeader("Location", location);
        send(302, "text/plain; charset=utf-8", new byte[0]);
    }

    public void send(int status, String contentType, byte[] body) throws IOException {
        http.getResponseHeaders().set("Content-Type", contentType);
        http.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        }
        http.close();
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            values.putIfAbsent(decode(kv[0]), kv.length == 2 ? decode(kv[1]) : "");
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
