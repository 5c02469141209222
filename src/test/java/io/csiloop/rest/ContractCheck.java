package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The answers keep the contract docs/openapi.json declares: a JSON body must validate against the response schema the
 * document gives its operation and status, with references to the components resolved, by a JSON-schema validator
 * in the document's own dialect (OpenAPI 3.0: {@code nullable}, {@code additionalProperties: false} held). A status
 * the operation does not declare, or a body whose media type it does not declare for that status, breaks the
 * contract too: a client cannot read what it was not told about.
 */
final class ContractCheck {

    /** Where the document is registered for the validator, so that its {@code #/components/...} references resolve. */
    private static final String DOCUMENT = "https://csiloop.io/rest/openapi.json";
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** An operation of the document: its method, its path template as a pattern, and its declared responses. */
    private record Operation(String method, String template, Pattern pattern, int literals, JsonNode responses) {
    }

    private ContractCheck(String text) {
        try {
            document = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(DOCUMENT, text)));
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = path.getKey().substring(1);
            Pattern pattern = Pattern.compile(String.join("[^/]+", Arrays.stream(
                    PARAMETER.split(template, -1)).map(Pattern::quote).toList()));
            int literals = PARAMETER.matcher(template).replaceAll("").length();
            path.getValue().fields().forEachRemaining(operation -> operations.add(new Operation(
                    operation.getKey().toUpperCase(), template, pattern, literals, operation.getValue().path("responses"))));
        }
        // Jersey prefers the template with more literal characters (datapoints/csv over datapoints/{pointId}).
        operations.sort(Comparator.comparingInt(Operation::literals).reversed());
    }

    /** The contract of docs/openapi.json under the project's base directory. */
    static ContractCheck ofDocument() {
        try {
            return new ContractCheck(Files.readString(
                    Path.of(System.getProperty("csiloop.basedir", "."), "docs", "openapi.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How the reply to the request breaks the contract, each break with the JSON path of the value that breaks it and
     * the schema's rule; empty when it keeps it. A request to a path the document does not have is not checked here
     * (OpenApiDocumentTest keeps the document's paths and the resources' in step).
     */
    List<String> breaks(String method, String path, Api.Reply reply) {
        Optional<Operation> found = operation(method, path);
        if (found.isEmpty()) {
            return List.of();
        }
        Operation operation = found.get();
        String where = method + " /" + operation.template() + " " + reply.status();
        JsonNode declared = operation.responses().get(String.valueOf(reply.status()));
        if (declared == null) {
            return List.of(where + ": status not declared");
        }
        // A shared response (#/components/responses/...) is read, and its schema found, where it is declared.
        String location = declared.has("$ref") ? declared.get("$ref").asText()
                : "#/paths/" + pointer("/" + operation.template()) + "/" + operation.method().toLowerCase()
                        + "/responses/" + reply.status();
        JsonNode response = document.at(location.substring(1));
        boolean empty = reply.body() == null || reply.body().isEmpty();
        if (!response.has("content")) {
            return empty ? List.of() : List.of(where + ": declares no body, got " + reply.contentType());
        }
        String media = reply.contentType().split(";")[0].trim();
        if (!response.get("content").has(media)) {
            return List.of(where + ": media type " + media + " not declared");
        }
        if (!media.equals(Samples.JSON)) {
            return List.of();
        }
        Schema schema = schemas.computeIfAbsent(location + "/content/" + pointer(media) + "/schema",
                pointer -> registry.getSchema(SchemaLocation.of(DOCUMENT + pointer)));
        List<String> breaks = new ArrayList<>();
        for (Error error : schema.validate(Json.of(reply))) {
            breaks.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage() + " (schema "
                    + error.getEvaluationPath() + ")");
        }
        return breaks;
    }

    /** The query parameters the document declares for the operation the request path names, each with whether it is required. */
    Map<String, Boolean> queryParameters(String method, String path) {
        Map<String, Boolean> parameters = new TreeMap<>();
        operation(method, path).ifPresent(operation -> document.at("/paths/" + pointer("/" + operation.template()) + "/"
                + method.toLowerCase() + "/parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query")) {
                        parameters.put(p.get("name").asText(), p.path("required").asBoolean(false));
                    }
                }));
        return parameters;
    }

    private Optional<Operation> operation(String method, String path) {
        // As Jersey does: the path's template first, then the method on it (none there is a 405 of no operation). The
        // server removes dot segments first (definitions/. is definitions/), so the path is matched as it resolves.
        String bare = withoutDotSegments(path.split("\\?", 2)[0]);
        return operations.stream().filter(o -> o.pattern().matcher(bare).matches()).findFirst()
                .flatMap(template -> operations.stream().filter(o -> o.template().equals(template.template())
                        && o.method().equals(method)).findFirst());
    }

    /** The path as the server resolves it: {@code .} segments dropped, each {@code ..} dropping the one before. */
    private static String withoutDotSegments(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        boolean directory = path.endsWith("/.") || path.endsWith("/..") || path.equals(".") || path.equals("..");
        return String.join("/", segments) + (directory ? "/" : "");
    }

    /** A JSON pointer's escaping of one reference token ({@code /} as {@code ~1}). */
    private static String pointer(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
