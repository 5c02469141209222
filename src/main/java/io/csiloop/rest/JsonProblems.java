package io.csiloop.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Jackson's reading errors said as the API says errors: which field (its JSON path, e.g. {@code points[3].value})
 * and what was expected, without Jackson's internal wording or class names.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * The problem of a body of the root type that Jackson could not read with the parser (which stands where
     * reading stopped).
     */
    static ApiProblem of(JsonProcessingException e, Class<?> root, JsonParser parser) {
        if (!(e instanceof StreamConstraintsException)) {
            return of(e, root);
        }
        // Jackson's limits (a number's digits, nesting) are reported without a location: the parser has it.
        if (String.valueOf(e.getOriginalMessage()).startsWith("Number value length")) {
            return one(Problem.field(path(parser), Keys.NUMBER_TOO_LONG,
                    parser.streamReadConstraints().getMaxNumberLength()));
        }
        return malformed(parser.currentLocation());
    }

    /** The problem of a body of the root type that Jackson could not read. */
    static ApiProblem of(JsonProcessingException e, Class<?> root) {
        String message = String.valueOf(e.getOriginalMessage());
        // Two refusals Jackson reports as mismatches although they concern the body as a whole.
        if (message.startsWith("No content to map")) {
            return one(Problem.general(Keys.BODY_REQUIRED));
        }
        if (message.startsWith("Trailing token")) {
            return malformed(e);
        }
        // The parser stands at the offending token when Jackson gives up, so its context is the field's path.
        String field = path(e.getProcessor());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return one(Problem.field(field != null ? field : path(unknown), Keys.UNKNOWN_FIELD));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() == root) {
            return one(Problem.general(Keys.EXPECTED_OBJECT)); // e.g. a list sent for the body
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return one(expected(field != null ? field : path(mismatch), mismatch.getTargetType()));
        }
        if (e instanceof InputCoercionException coercion) {
            return one(Problem.field(field, expectedKey(coercion.getTargetType())));
        }
        return malformed(e);
    }

    private static ApiProblem malformed(JsonProcessingException e) {
        return malformed(e.getLocation());
    }

    private static ApiProblem malformed(JsonLocation at) {
        return one(Problem.general(Keys.MALFORMED_JSON, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
    }

    private static ApiProblem one(Problem problem) {
        return ApiProblem.invalid(List.of(problem));
    }

    private static Problem expected(String field, Class<?> type) {
        if (type.isEnum()) {
            return Problem.field(field, Keys.ONE_OF,
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        }
        return Problem.field(field, expectedKey(type));
    }

    /** The message key that says what a field of the type holds. */
    private static String expectedKey(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Keys.EXPECTED_WHOLE_NUMBER;
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == double.class)) {
            return Keys.EXPECTED_NUMBER;
        }
        if (type == String.class) {
            return Keys.EXPECTED_TEXT;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Keys.EXPECTED_BOOLEAN;
        }
        if (type != null && (type.isArray() || Collection.class.isAssignableFrom(type))) {
            return Keys.EXPECTED_LIST;
        }
        return Keys.EXPECTED_OBJECT;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static String path(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.getCurrentIndex() >= 0) { // below 0 the parser stands on the list itself, not an element
                    segments.add(0, "[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                segments.add(0, c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append(path.length() == 0 || segment.startsWith("[") ? "" : ".").append(segment);
        }
        return path.length() == 0 ? null : path.toString();
    }
}
