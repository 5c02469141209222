package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.json and the resource classes describe the same API: every path and method of one is in the
 * other, with the same permission, request body type and path parameters.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private final JsonNode doc = read();

    @Test
    void shouldDocumentExactlyTheEndpointsTheResourcesServeWithTheirPermissions() {
        Map<String, String> documented = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    documented.put(operation.getKey().toUpperCase() + " " + path.getKey().substring(1),
                            describe(operation.getValue()));
                }
            });
        }
        Map<String, String> served = new TreeMap<>();
        for (Endpoint e : Endpoint.all()) {
            served.put(e.toString(), e.required() + " " + e.consumes() + " " + pathParams(e.path()));
        }

        assertEquals(served, documented);
    }

    @Test
    void shouldResolveEverySchemaReference() {
        Set<String> missing = new TreeSet<>();
        doc.findValues("$ref").forEach(ref -> {
            String name = ref.asText().replace("#/components/schemas/", "");
            if (!doc.get("components").get("schemas").has(name)) {
                missing.add(name);
            }
        });
        assertEquals(Set.of(), missing);
    }

    private static String describe(JsonNode operation) {
        JsonNode body = operation.path("requestBody").path("content");
        String consumes = body.isMissingNode() ? "null" : body.fieldNames().next();
        List<String> params = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if (p.get("in").asText().equals("path")) {
                params.add(p.get("name").asText());
            }
        });
        return operation.get("x-csiloop-permission").asText() + " " + consumes + " " + params;
    }

    private static List<String> pathParams(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of(System.getProperty("csiloop.basedir", "."), "docs", "openapi.json")
                    .toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
