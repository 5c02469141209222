package io.csiloop.preview.web;

import io.csiloop.preview.demo.CurrentUser;
import io.csiloop.preview.demo.DemoUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard items' preferences per person, as Jira's dashboard keeps them: {@code GET} and {@code PUT}
 * {@code /preview/dashboard-items/<item key>/preferences} with a JSON object (PUT with the XSRF header). Kept in
 * memory: a restart brings every item back to its defaults, which is all a preview needs.
 */
public final class DashboardPreferences implements Route {

    private static final int MAX_BYTES = 4096;

    private final CurrentUser current;
    private final String prefix;
    private final Map<String, String> stored = new ConcurrentHashMap<>();

    public DashboardPreferences(CurrentUser current, String prefix) {
        this.current = current;
        this.prefix = prefix;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        Optional<DemoUser> user = current.get();
        String rest = exchange.path().substring(prefix.length());
        if (user.isEmpty() || !rest.endsWith("/preferences")) {
            exchange.json(user.isEmpty() ? 401 : 404, "{}");
            return;
        }
        String key = user.get().name() + "/" + rest;
        if (exchange.method().equals("PUT")) {
            byte[] body = exchange.body(MAX_BYTES);
            if (!"no-check".equals(exchange.header("X-Atlassian-Token").orElse("")) || body.length == 0 || body[0] != '{') {
                exchange.json(400, "{}");
                return;
            }
            stored.put(key, new String(body, StandardCharsets.UTF_8));
        }
        exchange.json(200, stored.getOrDefault(key, "{}"));
    }
}
