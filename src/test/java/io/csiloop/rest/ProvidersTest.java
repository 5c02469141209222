package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's cross-cutting providers over HTTP, on a probe resource: access (401/403 as Jira answers), JSON read
 * strictly with errors by field, the error body of every refusal, and a generic 500 for a bug.
 */
class ProvidersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBE = "probe/projects/CSI";
    private static RestWorld world;
    private static Api api;

    @BeforeAll
    static void start() {
        world = new RestWorld(List.of(ProbeResource.class));
        api = world.api;
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void shouldAnswerAnAnonymousCallerWith401() throws Exception {
        Api.Reply reply = api.as(Role.ANONYMOUS).get(PROBE);

        assertEquals(401, reply.status());
        assertEquals("Log in to use the CSI Loop API.", body(reply).get("message").asText());
    }

    @Test
    void shouldRefuseACallerWhoMayNotBrowseAndNotSayWhetherTheProjectExists() throws Exception {
        Api.Reply forbidden = api.as(Role.NO_BROWSE).get(PROBE);
        Api.Reply missing = api.as(Role.PROJECT_ADMIN).get("probe/projects/NOPE");
        Api.Reply otherProject = api.as(Role.PROJECT_ADMIN).get("probe/projects/20");

        assertAll(() -> assertEquals(403, forbidden.status()), () -> assertEquals(403, missing.status()),
                () -> assertEquals(403, otherProject.status()),
                () -> assertEquals(body(forbidden).get("message"), body(missing).get("message")));
    }

    @Test
    void shouldFindTheProjectByIdOrKeyAndAnIssueByIdOrKey() {
        assertAll(() -> assertEquals(200, api.as(Role.BROWSE_ONLY).get("probe/projects/10").status()),
                () -> assertEquals(200, api.as(Role.BROWSE_ONLY).get("probe/issues/CSI-1").status()),
                () -> assertEquals(200, api.as(Role.BROWSE_ONLY).get("probe/issues/1002").status()),
                () -> assertEquals(403, api.as(Role.BROWSE_ONLY).get("probe/issues/OPS-1").status()),
                () -> assertEquals(403, api.as(Role.BROWSE_ONLY).get("probe/issues/99999999999999999999").status()));
    }

    @Test
    void shouldNameThePermissionABrowsingCallerLacks() throws Exception {
        Api.Reply edit = api.as(Role.BROWSE_ONLY).post(PROBE, "{}");
        Api.Reply administer = api.as(Role.EDITOR).header("X-Atlassian-Token", "no-check").delete(PROBE);

        assertAll(() -> assertEquals(403, edit.status()),
                () -> assertTrue(body(edit).get("message").asText().contains("Edit Issues")),
                () -> assertEquals(403, administer.status()),
                () -> assertTrue(body(administer).get("message").asText().contains("Administer Projects")),
                () -> assertEquals(200, api.as(Role.PROJECT_ADMIN).header("X-Atlassian-Token", "no-check")
                        .delete(PROBE).status()));
    }

    @Test
    void shouldRefuseAMethodThatDeclaresNoPermissionToEveryone() {
        assertEquals(403, api.as(Role.PROJECT_ADMIN).get(PROBE + "/unguarded").status());
    }

    @Test
    void shouldEchoAWellFormedBody() throws Exception {
        Api.Reply reply = api.as(Role.EDITOR).post(PROBE,
                "{\"value\":1.5,\"count\":3,\"text\":\"a\",\"direction\":\"LOWER_IS_BETTER\",\"items\":[{\"x\":2}],\"flag\":true}");

        assertEquals(200, reply.status(), reply.body());
        assertEquals(3, body(reply).get("count").asInt());
    }

    @Test
    void shouldNameTheFieldOfEveryKindOfBadJson() throws Exception {
        assertAll(
                () -> assertError("{\"value\":\"12\"}", "value", "csiloop.rest.error.expected.number"),
                () -> assertError("{\"count\":1.5}", "count", "csiloop.rest.error.expected.wholeNumber"),
                () -> assertError("{\"count\":99999999999}", "count", "csiloop.rest.error.expected.wholeNumber"),
                () -> assertError("{\"text\":12}", "text", "csiloop.rest.error.expected.text"),
                () -> assertError("{\"flag\":1}", "flag", "csiloop.rest.error.expected.boolean"),
                () -> assertError("{\"items\":{}}", "items", "csiloop.rest.error.expected.list"),
                () -> assertError("{\"items\":[{\"x\":1},{\"x\":\"no\"}]}", "items[1].x", "csiloop.rest.error.expected.number"),
                () -> assertError("{\"direction\":\"UP\"}", "direction", "csiloop.rest.error.oneOf"),
                () -> assertError("{\"direction\":1}", "direction", "csiloop.rest.error.oneOf"),
                () -> assertError("{\"colour\":\"red\"}", "colour", "csiloop.rest.error.unknownField"),
                () -> assertError("[]", null, "csiloop.rest.error.expected.object"),
                () -> assertError("", null, "csiloop.rest.error.bodyRequired"),
                () -> assertError("{\"value\":NaN}", null, "csiloop.rest.error.malformedJson"),
                () -> assertError("{\"value\":1,\"value\":2}", null, "csiloop.rest.error.malformedJson"),
                () -> assertError("{\"value\":1} {}", null, "csiloop.rest.error.malformedJson"),
                () -> assertError("{\"value\":", null, "csiloop.rest.error.malformedJson"));
    }

    @Test
    void shouldRefuseABodyOverTheLimitWith413() throws Exception {
        String huge = "{\"text\":\"" + "x".repeat(JsonBodyProvider.MAX_BYTES) + "\"}";

        Api.Reply reply = api.as(Role.EDITOR).post(PROBE, huge);

        assertEquals(413, reply.status());
        assertEquals("application/json", reply.contentType());
    }

    @Test
    void shouldListTheDomainsFieldErrors() throws Exception {
        Api.Reply reply = api.as(Role.EDITOR).post(PROBE + "/point", "{\"value\":1}");

        assertEquals(400, reply.status());
        JsonNode error = body(reply).get("errors").get(0);
        assertEquals("observedAt", error.get("field").asText());
        assertEquals("Enter a value.", error.get("message").asText());
    }

    @Test
    void shouldAnswerTheRuntimesOwnRefusalsInJson() throws Exception {
        Api.Reply noPath = api.get("probe/nothing/here");
        Api.Reply wrongMethod = api.send("PATCH", PROBE, "application/json", "{}");
        Api.Reply wrongType = api.send("POST", PROBE, "application/xml", "<a/>");

        assertAll(() -> assertEquals(404, noPath.status()), () -> assertEquals(405, wrongMethod.status()),
                () -> assertEquals(415, wrongType.status()),
                () -> assertEquals("The CSI Loop API has no resource at this address.", body(noPath).get("message").asText()),
                () -> assertEquals(405, body(wrongMethod).get("status").asInt()));
    }

    @Test
    void shouldAnswerABugWithAGeneric500ThatHidesTheDetail() throws Exception {
        Api.Reply reply = api.get(PROBE + "/bug");

        assertEquals(500, reply.status());
        assertTrue(body(reply).get("message").asText().startsWith("Something went wrong on the server."));
        assertFalse(reply.body().contains("secret"));
    }

    private static void assertError(String json, String field, String key) throws Exception {
        Api.Reply reply = api.as(Role.EDITOR).post(PROBE, json);
        assertEquals(400, reply.status(), json + " -> " + reply);
        assertEquals("application/json", reply.contentType());
        JsonNode error = body(reply).get("errors").get(0);
        assertEquals(key, error.get("key").asText(), json + " -> " + reply);
        assertEquals(field, error.has("field") ? error.get("field").asText() : null, json + " -> " + reply);
        assertFalse(error.get("message").asText().isBlank());
    }

    static JsonNode body(Api.Reply reply) throws Exception {
        return JSON.readTree(reply.body());
    }
}
