package io.csiloop.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code curl} example in {@code docs/} and the README runs against the preview as written, with the demo
 * administrator's personal access token: {@code $JIRA} becomes the preview's base URL and {@code $TOKEN} the token.
 * Each example is translated into an HTTP request (curl itself is not guaranteed on CI) and must answer 2xx. An
 * example that authenticates any other way than {@code Authorization: Bearer $TOKEN}, or uses a curl option this
 * translation does not know, fails rather than being skipped.
 */
class DocsCurlExamplesTest {

    private static final String ADMIN_TOKEN = "demo-admin-pat";
    private static final Pattern FENCE = Pattern.compile("(?ms)^```[a-z]*\\n(.*?)^```");

    private static Path folder;
    private static Preview preview;

    @BeforeAll
    static void start() throws IOException {
        folder = Files.createTempDirectory("csiloop-docs-");
        preview = Preview.start(new PreviewConfig(0, "jdbc:h2:file:" + folder.resolve("db")), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void everyCurlExampleInTheDocsAnswers2xxWithAPersonalAccessToken() throws Exception {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 5, "the REST page shows its examples: " + examples);
        HttpClient http = HttpClient.newHttpClient();
        List<String> failures = new ArrayList<>();
        for (Example example : examples) {
            HttpResponse<String> answer = http.send(request(example, ADMIN_TOKEN), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                failures.add(example + "\n    answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theTokenIsWhatAuthenticatesTheExamples() throws Exception {
        HttpRequest wrong = request(examples().get(0), "not-a-token");

        int status = HttpClient.newHttpClient().send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode();

        assertEquals(401, status, "an unknown token is anonymous, and the API refuses anonymous callers");
    }

    @Test
    void theLoginPageShowsEachDemoPersonsToken() throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview.baseUrl()
                + "/login.jsp")).build(), HttpResponse.BodyHandlers.ofString()).body();

        for (String token : List.of(ADMIN_TOKEN, "demo-editor-pat", "demo-viewer-pat")) {
            assertTrue(page.contains("<code>" + token + "</code>"), token);
        }
    }

    /** One curl command line of a Markdown file, its continuation lines joined. */
    record Example(Path source, String command) {
        @Override
        public String toString() {
            return source + ": " + command;
        }
    }

    private static List<Example> examples() throws IOException {
        List<Path> files;
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            files = Stream.concat(docs.filter(p -> p.toString().endsWith(".md")), Stream.of(Path.of("README.md")))
                    .sorted().toList();
        }
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            Matcher block = FENCE.matcher(Files.readString(file));
            while (block.find()) {
                String joined = block.group(1).replaceAll("\\\\\\n\\s*", " ");
                joined.lines().map(String::strip).filter(line -> line.startsWith("curl "))
                        .forEach(line -> examples.add(new Example(file, line)));
            }
        }
        return examples;
    }

    /** The request curl would send for the example, with the placeholders filled in. */
    private static HttpRequest request(Example example, String token) {
        List<String> words = words(example.command());
        String method = null;
        String url = null;
        String body = null;
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-X", "--request" -> method = words.get(++i);
                case "-H", "--header" -> headers.add(words.get(++i));
                case "-d", "--data", "--data-raw" -> body = words.get(++i);
                case "-s", "--silent", "-S", "--show-error", "-f", "--fail" -> { }
                default -> {
                    if (word.startsWith("-") || url != null) {
                        fail("the test does not translate " + word + " in " + example);
                    }
                    url = word;
                }
            }
        }
        assertTrue(headers.contains("Authorization: Bearer $TOKEN"),
                "an example authenticates with a personal access token: " + example);
        assertFalse(headers.stream().anyMatch(h -> h.regionMatches(true, 0, "Authorization: Basic", 0, 20)),
                "no basic authentication in the docs: " + example);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fill(url, token)));
        boolean typed = false;
        for (String header : headers) {
            String[] pair = header.split(":\\s*", 2);
            request.header(pair[0], fill(pair[1], token));
            typed |= pair[0].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        String verb = method != null ? method : body != null ? "POST" : "GET";
        return request.method(verb, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String fill(String text, String token) {
        return text.replace("$JIRA", preview.baseUrl()).replace("$TOKEN", token);
    }

    /** The shell's words of a command line: single quotes literal, double quotes keep {@code $NAME} for us. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        assertEquals(0, quote, "an unclosed quote in " + line);
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
