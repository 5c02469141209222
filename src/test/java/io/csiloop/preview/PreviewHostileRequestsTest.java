package io.csiloop.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preview answers hostile requests as Jira does: a line break in a redirect target is a 400, no page a 404. */
class PreviewHostileRequestsTest {

    private static Preview preview;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path folder = Files.createTempDirectory("csiloop-hostile-");
        preview = Preview.start(new PreviewConfig(0, "jdbc:h2:file:" + folder.resolve("db")), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void shouldRefuseALineBreakInTheDestinationAfterLogin() throws Exception {
        String splitting = URLEncoder.encode("/jira/secure/Dashboard.jspa\r\nSet-Cookie: x=y", StandardCharsets.UTF_8);
        HttpRequest login = HttpRequest.newBuilder(URI.create(preview.baseUrl() + "/login.jsp"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=admin&os_password=admin&os_destination=" + splitting))
                .build();

        HttpResponse<String> posted = HTTP.send(login, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> shown = get("/login.jsp?os_destination=" + splitting);

        assertAll(() -> assertEquals(400, posted.statusCode(), posted.body()),
                () -> assertEquals(400, shown.statusCode(), shown.body()),
                () -> assertEquals(200, get("/login.jsp").statusCode()));
    }

    @Test
    void shouldAnswer404ForAPageThatDoesNotExist() throws Exception {
        assertAll(() -> assertEquals(404, get("/login.jspx").statusCode()),
                () -> assertEquals(404, get("/secure/Dashboard.jspa/anything").statusCode()),
                () -> assertEquals(404, get("/logout-now").statusCode()),
                () -> assertEquals(404, get("/no-such-page").statusCode()),
                () -> assertEquals(404, get("/rest/api/2/projects").statusCode()));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(preview.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
