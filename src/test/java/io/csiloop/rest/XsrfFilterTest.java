package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jira's REST XSRF rule as our filter enforces it, over HTTP: a mutating request with a content type a
 * cross-site form can send, or none, needs {@code X-Atlassian-Token: no-check}; other requests pass. A passing
 * request reaches the probe, which answers 200 for JSON and 415 for a content type it does not read. Every write of
 * the API (found by reflection, as the permission matrix finds them) is refused as a form post without the header.
 */
class XsrfFilterTest {

    private static final String PROBE = "probe/projects/CSI";
    private static RestWorld world;
    private static Api api;

    @BeforeAll
    static void start() {
        world = new RestWorld(List.of(ProbeResource.class));
        api = world.api.as(Role.PROJECT_ADMIN);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @ParameterizedTest(name = "{0} {1} token={2} -> {3}")
    @CsvSource(nullValues = "none", value = {
            // a form-like content type without the token is refused, whatever its parameters and case
            "POST, application/x-www-form-urlencoded, none, 403",
            "POST, multipart/form-data; boundary=x, none, 403",
            "POST, text/plain, none, 403",
            "POST, TEXT/PLAIN; charset=UTF-8, none, 403",
            "POST, none, none, 403",
            "DELETE, none, none, 403",
            "PUT, text/plain, none, 403",
            "POST, text/plain; charset=UTF-8, none, 403",
            // only no-check exempts (case-insensitive); the exempted request reaches the resource
            "POST, text/plain, no-check, 415",
            "POST, text/plain, NO-CHECK, 415",
            "POST, text/plain, nocheck, 403",
            "POST, text/plain, yes, 403",
            "DELETE, none, no-check, 200",
            // a content type a browser cannot send cross-site without a preflight passes without the token
            "POST, application/json, none, 200",
            "POST, application/json; charset=UTF-8, none, 200",
            // reading is never checked
            "GET, text/plain, none, 200",
            "GET, none, none, 200"})
    void shouldApplyJirasRule(String method, String contentType, String token, int expected) throws Exception {
        Api caller = token == null ? api : api.header(XsrfFilter.TOKEN_HEADER, token);
        String body = method.equals("POST") || method.equals("PUT") ? "{}" : null;

        Api.Reply reply = caller.send(method, PROBE, contentType, body);

        assertEquals(expected, reply.status(), reply.body());
        assertEquals(expected == 403, reply.body().contains("XSRF check failed"), reply.body());
    }

    @Test
    void shouldRefuseEveryWriteOfTheApiPostedAsAFormWithoutTheHeaderAndChangeNothing() {
        Samples samples = new Samples(world);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.all()) {
            if (endpoint.method().equals("GET")) {
                continue;
            }
            Samples.Request request = samples.valid(endpoint);
            Role caller = Endpoint.ADMINISTER_JIRA.equals(endpoint.required()) ? Role.JIRA_ADMIN : Role.PROJECT_ADMIN;
            Map<String, Integer> rows = world.rowCounts();
            int runs = world.scheduler.runsSoon.size();

            Api.Reply reply = world.api.as(caller).send(request.method(), request.path(),
                    "application/x-www-form-urlencoded", request.body());

            if (reply.status() != 403 || !reply.body().contains("XSRF check failed") || !rows.equals(world.rowCounts())
                    || runs != world.scheduler.runsSoon.size()) {
                wrong.add(endpoint + ": " + reply);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
