package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * other, with the same permission, request body type and path parameters; every operation has a unique
 * operationId, verb first, that code generators name their methods after; and the document is valid OpenAPI as
 * the Swagger parser reads it (the linter that runs in every build; docs/rest.md says how Redocly's was run too).
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    /** camelCase, starting with one of the verbs the API's operations do. */
    private static final Pattern OPERATION_ID = Pattern.compile("(list|get|create|update|delete|record|import|export"
            + "|correct|compare|save|plan|apply|take|produce|run)([A-Z][a-z0-9]*)+");

    private final JsonNode doc = read();

    @Test
    void shouldDocumentExactlyTheEndpointsTheResourcesServeWithTheirPermissions() {
        Map<String, String> documented = new TreeMap<>();
        operations().forEach((operation, node) -> documented.put(operation, describe(node)));
        Map<String, String> served = new TreeMap<>();
        for (Endpoint e : Endpoint.all()) {
            served.put(e.toString(), e.required() + " " + e.consumes() + " " + pathParams(e.path()));
        }

        assertEquals(served, documented);
    }

    @Test
    void shouldNameEveryOperationOnceVerbFirst() {
        Map<String, String> wrong = new TreeMap<>();
        Map<String, String> seen = new TreeMap<>();
        operations().forEach((operation, node) -> {
            String id = node.path("operationId").asText("");
            if (!OPERATION_ID.matcher(id).matches()) {
                wrong.put(operation, "operationId '" + id + "' is not camelCase verb first");
            } else if (seen.putIfAbsent(id, operation) != null) {
                wrong.put(operation, "operationId '" + id + "' is also " + seen.get(id));
            }
        });
        assertEquals(Map.of(), wrong);
    }

    /**
     * Every request can carry a malformed header (a 400 before any resource runs), and every request with a body a
     * media type its operation does not take (415): a new operation declares both, or the fuzz meets them first.
     */
    @Test
    void shouldDeclareTheRefusalsAnyRequestCanMeet() {
        Map<String, String> undeclared = new TreeMap<>();
        operations().forEach((operation, node) -> {
            JsonNode responses = node.path("responses");
            if (!responses.has("400")) {
                undeclared.put(operation, "no 400 for a malformed header");
            } else if (node.has("requestBody") && !responses.has("415")) {
                undeclared.put(operation, "a body but no 415");
            }
        });
        assertEquals(Map.of(), undeclared);
    }

    @Test
    void shouldBeValidOpenApiForTheSwaggerParser() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);

        List<String> messages = new OpenAPIV3Parser().readContents(text(), null, options).getMessages();

        assertEquals(List.of(), messages);
    }

    @Test
    void shouldResolveEveryReference() {
        Set<String> missing = new TreeSet<>();
        doc.findValues("$ref").forEach(ref -> {
            if (!ref.asText().startsWith("#/") || doc.at(ref.asText().substring(1)).isMissingNode()) {
                missing.add(ref.asText());
            }
        });
        assertEquals(Set.of(), missing);
    }

    /** Every operation of the document by {@code METHOD path} as {@link Endpoint#toString()} writes it. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    operations.put(operation.getKey().toUpperCase() + " " + path.getKey().substring(1),
                            operation.getValue());
                }
            });
        }
        return operations;
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
            return new ObjectMapper().readTree(text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text() {
        try {
            return Files.readString(Path.of(System.getProperty("csiloop.basedir", "."), "docs", "openapi.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
