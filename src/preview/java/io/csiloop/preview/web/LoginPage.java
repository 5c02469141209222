package io.csiloop.preview.web;

import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.DemoUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jira's login page as the preview has it: a form for the demo people, a session cookie on success. */
public final class LoginPage implements Route {

    private final HostPage page;
    private final DemoDirectory directory;
    private final Sessions sessions;
    private final String contextPath;

    public LoginPage(HostPage page, DemoDirectory directory, Sessions sessions, String contextPath) {
        this.page = page;
        this.directory = directory;
        this.sessions = sessions;
        this.contextPath = contextPath;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        String asked = exchange.method().equals("POST") ? exchange.form("os_destination").orElse("")
                : exchange.query("os_destination").orElse("");
        if (asked.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            // A line break in a Location header would split the response (the JDK server answers 500): refused.
            exchange.send(400, "text/plain; charset=utf-8",
                    "The destination after login must not contain control characters.".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (exchange.method().equals("POST")) {
            Optional<DemoUser> user = directory.authenticate(exchange.form("os_username").orElse(""),
                    exchange.form("os_password").orElse(""));
            String destination = safe(exchange.form("os_destination").orElse(""));
            if (user.isPresent()) {
                sessions.start(exchange, user.get());
                exchange.redirect(contextPath + destination);
                return;
            }
            show(exchange, destination, true);
            return;
        }
        show(exchange, safe(exchange.query("os_destination").orElse("")), false);
    }

    /**
     * Where to go after logging in, relative to the context path as Jira's login takes it (Seraph puts the context path
     * in front of a relative {@code os_destination}; its own redirects to the login give the page without it): a page
     * of the preview only, never another site. A destination that carries the context path already would arrive
     * at {@code /jira/jira/…} in Jira and does so here. Jira also takes an absolute URL on its own base URL; the
     * preview takes none, stricter.
     */
    private String safe(String destination) {
        boolean local = destination.startsWith("/") && !destination.startsWith("//")
                && !destination.contains("\\") && !destination.contains("://");
        return local ? destination : "/secure/Dashboard.jspa";
    }

    private void show(Exchange exchange, String destination, boolean failed) throws IOException {
        page.show(exchange, "Log in", Optional.empty(), "preview/templates/login.vm",
                Map.of("destination", destination, "failed", failed, "people", directory.people()), List.of());
    }

    /** The logout endpoint: ends the session and shows the login page. */
    public Route logout() {
        return exchange -> {
            sessions.end(exchange);
            exchange.redirect(contextPath + "/login.jsp");
        };
    }
}
