package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads response bodies in the REST tests, and writes the requests' measurement definitions. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode of(Api.Reply reply) {
        try {
            return MAPPER.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + reply, e);
        }
    }

    /** A valid higher-is-better definition with the key: FCR-like, monthly average, target 80 ± 5. */
    static String definition(String key) {
        return "{\"key\":\"" + key + "\",\"name\":\"First-contact resolution\",\"unit\":\"%\","
                + "\"direction\":\"HIGHER_IS_BETTER\",\"target\":80,\"tolerance\":5,\"baseline\":60,"
                + "\"aggregation\":\"AVERAGE\",\"period\":\"MONTH\",\"source\":\"MANUAL\"}";
    }

    /** Creates the definition as the project administrator and returns its id. */
    static int define(Api api, String key) {
        Api.Reply reply = api.as(Role.PROJECT_ADMIN).post("projects/CSI/definitions", definition(key));
        if (reply.status() != 201) {
            throw new AssertionError("could not define " + key + ": " + reply);
        }
        return of(reply).get("id").asInt();
    }

    private Json() {
    }
}
