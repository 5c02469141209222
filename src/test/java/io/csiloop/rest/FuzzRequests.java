package io.csiloop.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Random requests to the API's endpoints, built from one seed so that a failing one can be sent again: paths
 * with real or made-up ids, random query parameters, and bodies that are random JSON of any shape, valid
 * bodies with one field replaced by something else, NaN and Infinity, huge and tiny numbers, long strings,
 * random CSV, or bytes that are no text at all; now and then a content type that does not fit.
 */
final class FuzzRequests {

    private static final String[] QUERY = {"from", "to", "start", "limit", "zone", "trendPeriods", "changeAt", "alpha",
            "version", "skipInvalid"};
    private static final String[] CONTENT_TYPES = {"application/json", "text/csv", "text/plain", "application/xml",
            "application/json; charset=ISO-8859-1", "a/b;;c", null};

    private static final String SPECIAL = "/.%?#&=\\\"',;{}";
    /**
     * The endpoints where hostile input did harm (issue 16): gate evidence, the CSI register, packs, point corrections
     * and deletions, CSV import. One request in three goes to one of them, on top of their share of the others.
     */
    private static final Pattern FOCUS = Pattern.compile(
            ".*/(evidence|improvement|packs|rebases)(/.*)?|.*/datapoints/(\\{pointId}|csv)");
    private static final Pattern POINT = Pattern.compile("projects/[^/]+/definitions/[^/]+/datapoints/[^/?]+(\\?.*)?");

    private final List<Endpoint> endpoints;
    private final List<Endpoint> focus;
    private final List<Samples.Fresh> definitions;

    /** Requests to the endpoints about the given definitions (made once: building data per request is slow). */
    FuzzRequests(List<Endpoint> endpoints, List<Samples.Fresh> definitions) {
        this.endpoints = endpoints;
        this.focus = endpoints.stream().filter(e -> FOCUS.matcher(e.path()).matches()).toList();
        this.definitions = definitions;
    }

    /** Whether the request corrects or deletes one data point (an accepted one leaves one audit row). */
    static boolean isPointChange(Samples.Request request) {
        return (request.method().equals("PUT") || request.method().equals("DELETE"))
                && POINT.matcher(request.path()).matches();
    }

    Samples.Request next(Random r) {
        List<Endpoint> from = r.nextInt(3) == 0 ? focus : endpoints;
        Endpoint endpoint = from.get(r.nextInt(from.size()));
        Samples.Request valid = Samples.valid(endpoint, definitions.get(r.nextInt(definitions.size())));
        String path = r.nextInt(4) == 0 ? valid.path() : path(endpoint, r) + query(r);
        String type = r.nextInt(8) == 0 ? CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)] : endpoint.consumes();
        String body;
        if (endpoint.consumes() == null) {
            body = r.nextInt(3) == 0 ? randomJson(r, 3) : null;
        } else if (endpoint.consumes().equals(CsvResource.TEXT_CSV)) {
            body = r.nextInt(5) == 0 ? valid.body() : csv(r);
        } else {
            body = switch (r.nextInt(5)) {
                case 0 -> valid.body();
                case 1, 2 -> mutate(valid.body(), r);
                case 3 -> randomJson(r, 4);
                default -> garbage(r);
            };
        }
        return new Samples.Request(endpoint.method(), path, type, body);
    }

    private String path(Endpoint endpoint, Random r) {
        String path = endpoint.path();
        // Mostly the project the caller may write to, so that most requests reach validation.
        path = path.replace("{projectIdOrKey}", encode(r.nextInt(4) > 0 ? pick(r, "CSI", "10")
                : pick(r, "OPS", "20", "csi", randomText(r, 12))));
        path = path.replace("{issueIdOrKey}", encode(r.nextInt(4) > 0 ? pick(r, "CSI-1", "1001", "CSI-2", "1002")
                : pick(r, "OPS-1", randomText(r, 12))));
        path = path.replace("{gateId}", encode(pick(r, "improvement.identify-approach-exit", "lifecycle.planning-exit",
                randomText(r, 20))));
        Samples.Fresh fresh = definitions.get(r.nextInt(definitions.size()));
        String id = r.nextInt(5) > 0 ? String.valueOf(fresh.definitionId())
                : pick(r, "0", "-1", "2147483648", "99999999999999999999", randomText(r, 8));
        // Mostly a point of that definition, so that a correction reaches validation; sometimes another's.
        String point = r.nextInt(5) > 0 ? String.valueOf(fresh.pointId())
                : pick(r, "0", "-1", "2147483648", String.valueOf(definitions.get(0).pointId()), randomText(r, 8));
        String pack = r.nextInt(5) > 0 ? String.valueOf(definitions.get(r.nextInt(definitions.size())).packId())
                : pick(r, "0", "-1", "2147483648", randomText(r, 8));
        return path.replace("{definitionId}", encode(id)).replace("{packId}", encode(pack))
                .replace("{pointId}", encode(point));
    }

    private static String query(Random r) {
        StringBuilder q = new StringBuilder();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            q.append(i == 0 ? '?' : '&').append(QUERY[r.nextInt(QUERY.length)]).append('=').append(encode(pick(r,
                    "2026-07-01T00:00:00Z", "2026-01-01T00:00:00+01:00", "0", "1", "-5", "1e9", "NaN", "true", "TRUE",
                    "Europe/Berlin", "Mars/Olympus", "", "9999999999999999999", "+999999999-12-31T23:59:59Z",
                    "-999999999-01-01T00:00:00Z", randomText(r, 30))));
        }
        return q.toString();
    }

    /** A valid JSON body with one property's value replaced by a random JSON value. */
    private static String mutate(String json, Random r) {
        int colon = json.indexOf(':', r.nextInt(Math.max(1, json.length())));
        if (colon < 0) {
            return randomJson(r, 2);
        }
        int end = colon + 1;
        int depth = 0;
        while (end < json.length() && !(depth == 0 && (json.charAt(end) == ',' || json.charAt(end) == '}'))) {
            char c = json.charAt(end);
            depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
            end++;
        }
        return json.substring(0, colon + 1) + randomValue(r, 2) + json.substring(end);
    }

    static String randomJson(Random r, int depth) {
        return r.nextInt(4) == 0 ? randomValue(r, depth) : object(r, depth);
    }

    private static String object(Random r, int depth) {
        StringBuilder o = new StringBuilder("{");
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            o.append(i > 0 ? "," : "").append('"').append(pick(r, "key", "name", "value", "points", "observedAt",
                    "target", "band", "low", "version", "answers", "itemKey", "state", "fourDimensions", "unit",
                    "direction", "reason", randomText(r, 6))).append("\":").append(randomValue(r, depth - 1));
        }
        return o.append('}').toString();
    }

    private static String randomValue(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 12 : 10);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> r.nextBoolean() ? "true" : "false";
            case 2 -> String.valueOf(r.nextLong());
            case 3 -> pick(r, "1e400", "-1e400", "1e-400", "NaN", "Infinity", "-Infinity", "0.0000001",
                    "123456789012345678901234567890", "1".repeat(1200), "-0", "01", ".5", "1.", "0x10");
            case 4 -> String.valueOf(r.nextDouble() * 1e6 - 5e5);
            case 5 -> '"' + pick(r, "NaN", "Infinity", "12", "2026-07-01T00:00:00Z", "HIGHER_IS_BETTER", "WITHIN_BAND",
                    "DONE", "", " ", "\\u0000", "\\ud800") + '"';
            case 6 -> '"' + "x".repeat(r.nextInt(3) == 0 ? 5000 : 60) + '"';
            case 7 -> '"' + randomText(r, 40).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case 8 -> "[" + "[".repeat(r.nextInt(3)) + "]".repeat(0) + "]";
            case 9 -> "{\"observedAt\":\"2026-07-0" + (1 + r.nextInt(9)) + "T00:00:00Z\",\"value\":" + r.nextInt(100) + "}";
            case 10 -> "[" + randomValue(r, depth - 1) + "," + randomValue(r, depth - 1) + "]";
            default -> object(r, depth - 1);
        };
    }

    private static String csv(Random r) {
        StringBuilder csv = new StringBuilder(pick(r, "observedAt,value\n", "value,observedAt,note\n",
                "observedAt,value,note\r\n", "observedAt\n", "observedAt,value,value\n", "\uFEFFobservedAt,value\n", "",
                "a,b,c\n", "\"observedAt\",\"value\"\n"));
        int rows = r.nextInt(12);
        for (int i = 0; i < rows; i++) {
            int fields = 1 + r.nextInt(4);
            for (int f = 0; f < fields; f++) {
                csv.append(f > 0 ? "," : "").append(pick(r, "2026-07-01T00:00:00Z", "2026-07-02T00:00:00+02:00",
                        "yesterday", "1", "-2.5", "1e999", "NaN", "0x1p3", "1d", "", "\"quoted, comma\"",
                        "\"unterminated", "\"a \"\"b\"\"\"", "x".repeat(r.nextInt(3) == 0 ? 12_000 : 5), randomText(r, 10)));
            }
            csv.append(r.nextBoolean() ? "\n" : "\r\n");
        }
        return csv.toString();
    }

    private static String garbage(Random r) {
        return pick(r, "", "{", "}", "[1,2", "{\"a\":1,}", "{'a':1}", "nul", "\u0000\u0001", "{\"a\":1}{\"b\":2}",
                "[".repeat(2000) + "]".repeat(2000), "{\"a\":\"\\x\"}", randomText(r, 200));
    }

    private static String randomText(Random r, int max) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(6);
            s.appendCodePoint(kind == 0 ? 0x20 + r.nextInt(0x5f) : kind == 1 ? 0xa0 + r.nextInt(0x500)
                    : kind == 2 ? 0x1F600 + r.nextInt(50) : kind == 3 ? SPECIAL.charAt(r.nextInt(SPECIAL.length()))
                    : 'a' + r.nextInt(26));
        }
        return s.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
