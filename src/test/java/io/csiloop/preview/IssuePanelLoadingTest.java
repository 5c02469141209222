package io.csiloop.preview;

import io.csiloop.host.ao.AoDatabase;
import io.csiloop.host.ao.SqlStatementCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: the issue panels load after Jira's issue page. The page draws each panel's shell from the issue alone
 * (at most 3 statements more than with the panels disabled; none today), and the content endpoint answers the panel
 * of the issue's type, never to be stored, with one 404 for what is not there.
 */
class IssuePanelLoadingTest {

    private static final List<String> PANELS = List.of("csiloop-improvement-panel", "csiloop-lifecycle-panel");
    private static final String CONTENT = "/plugins/servlet/csiloop/issue-panel?issueKey=";
    private static final SqlStatementCounter counter = new SqlStatementCounter();
    private static final HttpClient client = HttpClient.newHttpClient();
    private static Preview preview;

    @BeforeAll
    static void start() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory("csiloop-panel-loading-").resolve("db");
        preview = Preview.start(new PreviewConfig(0, url), Clock.systemUTC(),
                new PreviewStore(AoDatabase.h2(url), counter, List.of()));
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void shouldAddAtMostThreeStatementsToTheIssuePageOfAnImprovementAndOfALifecycleProject() throws Exception {
        for (String key : List.of("SVC-2", "SVC-3", "SVC-1")) {
            PANELS.forEach(preview.disabledModules()::disable);
            long without = statements("/browse/" + key);
            PANELS.forEach(preview.disabledModules()::enable);
            long with = statements("/browse/" + key);
            HttpResponse<String> page = get("/browse/" + key, true);

            assertAll(key, () -> assertTrue(with - without <= 3, key + ": " + without + " statements without the panels, "
                            + with + " with them"),
                    () -> assertTrue(page.body().contains("class=\"csiloop-panel-shell"), "the shell is drawn"),
                    () -> assertTrue(page.body().contains("data-content-url=\"/jira" + CONTENT + key + "\""), page.body()),
                    () -> assertTrue(page.body().contains("aria-busy=\"true\"")),
                    () -> assertFalse(page.body().contains("class=\"csiloop-panel "), "the content comes after the page"));
        }
    }

    @Test
    void shouldAnswerThePanelOfTheIssuesTypeAsAFragmentNeverStored() throws Exception {
        HttpResponse<String> improvement = get(CONTENT + "SVC-2", true);
        HttpResponse<String> lifecycle = get(CONTENT + "SVC-1", true);

        assertAll(() -> assertEquals(200, improvement.statusCode(), improvement.body()),
                () -> assertTrue(improvement.headers().firstValue("Content-Type").orElse("").startsWith("text/html")),
                () -> assertEquals("no-store", improvement.headers().firstValue("Cache-Control").orElse("")),
                () -> assertTrue(improvement.body().startsWith(
                        "<div class=\"csiloop-panel csiloop-improvement-panel\" data-issue-key=\"SVC-2\""), improvement.body()),
                () -> assertTrue(improvement.body().contains("csiloop-record-form"), "the whole panel"),
                () -> assertFalse(improvement.body().contains("id=\"header\""), "a fragment, not decorated"),
                () -> assertEquals(200, lifecycle.statusCode(), lifecycle.body()),
                () -> assertTrue(lifecycle.body().startsWith(
                        "<div class=\"csiloop-panel csiloop-lifecycle-panel\" data-issue-key=\"SVC-1\""), lifecycle.body()));
    }

    @Test
    void shouldAnswer404WithItsReasonForAnIssueThatIsNotThereOrThatAnAnonymousVisitorMayNotBrowse() throws Exception {
        HttpResponse<String> unknown = get(CONTENT + "NOPE-1", true);
        HttpResponse<String> anonymous = get(CONTENT + "SVC-2", false);

        assertAll(() -> assertEquals(404, unknown.statusCode()),
                () -> assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("text/plain")),
                () -> assertEquals("There is no such issue with a CSI Loop panel, or you may not see it.", unknown.body()),
                () -> assertEquals("no-store", unknown.headers().firstValue("Cache-Control").orElse("")),
                // Jira runs the servlet for an anonymous request too (no login first): its own answer, as for an issue
                // that is not there, since the demo project grants no anonymous browsing.
                () -> assertEquals(404, anonymous.statusCode()),
                () -> assertEquals(unknown.body(), anonymous.body()),
                () -> assertEquals("no-store", anonymous.headers().firstValue("Cache-Control").orElse("")));
    }

    /** The statements of one request for the page as the admin, after a first one that warmed the caches. */
    private static long statements(String path) throws Exception {
        assertEquals(200, get(path, true).statusCode());
        counter.reset();
        assertEquals(200, get(path, true).statusCode());
        return counter.count();
    }

    private static HttpResponse<String> get(String path, boolean asAdmin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(preview.baseUrl() + path));
        if (asAdmin) {
            request.header("Authorization", "Bearer demo-admin-pat");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
