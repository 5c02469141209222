package io.csiloop.preview.web;

import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.DemoUser;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The preview's login sessions: a random token in an HttpOnly, SameSite=Lax cookie names the logged-in person,
 * as Jira's session cookie does. Sessions live in memory, so a restart logs everyone out; the data stays.
 * REST clients send a personal access token ({@code Authorization: Bearer <token>}), which is what a default
 * Jira 11 accepts from scripts, or HTTP Basic credentials, which Jira 11 accepts only where an administrator has
 * turned basic authentication back on.
 */
public final class Sessions {

    /** The cookie's name, as Jira's (Tomcat's) session cookie is called. */
    public static final String COOKIE = "JSESSIONID";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final DemoDirectory directory;
    private final String cookiePath;

    public Sessions(DemoDirectory directory, String cookiePath) {
        this.directory = directory;
        this.cookiePath = cookiePath;
    }

    /** Starts a session for the user and sets its cookie on the answer. */
    public void start(Exchange exchange, DemoUser user) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        users.put(token, user.name());
        exchange.setHeader("Set-Cookie", COOKIE + "=" + token + "; Path=" + cookiePath + "; HttpOnly; SameSite=Lax");
    }

    public void end(Exchange exchange) {
        exchange.cookie(COOKIE).ifPresent(users::remove);
        exchange.setHeader("Set-Cookie", COOKIE + "=; Path=" + cookiePath + "; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    /**
     * Who the request comes from: its session, its personal access token or its Basic credentials; empty for an
     * anonymous request and for credentials that name nobody.
     */
    public Optional<DemoUser> userOf(Exchange exchange) {
        Optional<DemoUser> bySession = exchange.cookie(COOKIE).map(users::get).flatMap(directory::byName);
        return bySession.isPresent() ? bySession : exchange.header("Authorization").flatMap(this::credentials);
    }

    private Optional<DemoUser> credentials(String header) {
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return directory.byToken(header.substring(7).strip());
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String[] pair = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    java.nio.charset.StandardCharsets.UTF_8).split(":", 2);
            return pair.length == 2 ? directory.authenticate(pair[0], pair[1]) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
