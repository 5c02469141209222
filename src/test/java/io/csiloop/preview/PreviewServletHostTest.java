package io.csiloop.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview hosts the descriptor's servlet modules as Jira does: anonymous requests reach the servlet, which sends
 * the visitor to the login itself; the servlet's own answer for a user it refuses, 404 for a path no module serves, and the servlet's page decorated inside the host's chrome.
 */
class PreviewServletHostTest {

    private static final String SETUP = "/plugins/servlet/csiloop/project-setup?projectKey=SVC";
    private static Preview preview;

    @BeforeAll
    static void start() throws IOException {
        Path folder = Files.createTempDirectory("csiloop-servlets-");
        preview = Preview.start(new PreviewConfig(0, "jdbc:h2:file:" + folder.resolve("db")), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void shouldLetEachPageServletSendAnAnonymousVisitorToJirasLoginAndBackToThePage() throws Exception {
        // The automation pages are not in the preview (automation runs inside Jira only): their servlets' tests cover them.
        for (String page : List.of(SETUP, "/plugins/servlet/csiloop/measure?projectKey=SVC&definitionId=1")) {
            HttpResponse<String> answer = get(HttpClient.newHttpClient(), page);
            HttpResponse<String> loggedIn = logIn("admin", page);

            // The servlet's own redirect (SAL's login URI, as Jira forms it), with the page relative to the context path
            assertAll(page, () -> assertEquals(302, answer.statusCode()),
                    () -> assertEquals(preview.baseUrl() + "/login.jsp?permissionViolation=true&os_destination="
                            + URLEncoder.encode(page, StandardCharsets.UTF_8), location(answer)),
                    () -> assertEquals(302, loggedIn.statusCode()),
                    () -> assertEquals(preview.baseUrl() + page, location(loggedIn)));
        }
    }

    @Test
    void shouldTakeTheDestinationAfterLoginAsRelativeToTheContextPathAsJiraDoes() throws Exception {
        HttpResponse<String> loggedIn = logIn("admin", "/jira" + SETUP);

        assertEquals(preview.baseUrl() + "/jira" + SETUP, location(loggedIn), "the context path twice, as in Jira");
    }

    @Test
    void shouldDecorateTheServletsPageInsideTheHostPageWithTheResourcesItRequired() throws Exception {
        HttpResponse<String> answer = get(as("admin"), SETUP);

        assertAll(() -> assertEquals(200, answer.statusCode(), answer.body()),
                () -> assertTrue(answer.body().contains("id=\"header\""), "the host's chrome"),
                () -> assertTrue(answer.body().contains("id=\"csiloop-project-setup\""), "the servlet's body"),
                () -> assertTrue(answer.body().contains("project-setup.js"), "the resources the servlet required"),
                () -> assertFalse(answer.body().contains("name=\"decorator\""), "the servlet's head is not copied"));
    }

    @Test
    void shouldAnswerTheServletsRefusalWithItsStatus() throws Exception {
        HttpResponse<String> answer = get(as("viewer"), SETUP);

        assertAll(() -> assertEquals(403, answer.statusCode()),
                () -> assertTrue(answer.body().contains("preview-servlet-error")),
                () -> assertFalse(answer.body().contains("csiloop-project-setup\"")));
    }

    @Test
    void shouldAnswer404ForAPathNoServletModuleServes() throws Exception {
        HttpClient admin = as("admin");
        assertAll(() -> assertEquals(404, get(admin, "/plugins/servlet/csiloop/no-such-page").statusCode()),
                () -> assertEquals(404, get(admin, "/plugins/servlet/csiloop/project-setupx").statusCode()),
                () -> assertEquals(404, get(admin, "/plugins/servlet/").statusCode()));
    }

    @Test
    void shouldRefuseAMethodTheServletDoesNotImplement() throws Exception {
        HttpResponse<String> answer = as("admin").send(HttpRequest.newBuilder(URI.create(preview.baseUrl() + SETUP))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, answer.statusCode());
    }

    @Test
    void shouldHostTheMeasurePageWithTheControlsOnlyForUsersWhoMayEdit() throws Exception {
        String page = "/plugins/servlet/csiloop/measure?projectKey=SVC&definitionId=" + fcr();
        HttpResponse<String> admin = get(as("admin"), page);
        HttpResponse<String> viewer = get(as("viewer"), page);

        assertAll(() -> assertEquals(200, admin.statusCode(), admin.body()),
                () -> assertTrue(admin.body().contains("data-may-edit=\"true\"")),
                () -> assertTrue(admin.body().contains("id=\"csiloop-rebase-dialog\"")),
                () -> assertTrue(admin.body().contains("measure-page.js") && admin.body().contains("control-chart.js")),
                () -> assertEquals(200, viewer.statusCode(), viewer.body()),
                () -> assertTrue(viewer.body().contains("data-may-edit=\"false\"")),
                () -> assertFalse(viewer.body().contains("csiloop-rebase-dialog")),
                () -> assertFalse(viewer.body().contains("csiloop-record-form")));
    }

    @Test
    void shouldGiveOneAnswerForAMeasureOrProjectThatIsNotThere() throws Exception {
        HttpClient admin = as("admin");
        HttpResponse<String> noMeasure = get(admin, "/plugins/servlet/csiloop/measure?projectKey=SVC&definitionId=999999");
        HttpResponse<String> noProject = get(admin, "/plugins/servlet/csiloop/measure?projectKey=NOPE&definitionId=" + fcr());
        HttpResponse<String> notANumber = get(admin, "/plugins/servlet/csiloop/measure?projectKey=SVC&definitionId=x");

        assertAll(() -> assertEquals(404, noMeasure.statusCode()), () -> assertEquals(404, noProject.statusCode()),
                () -> assertEquals(404, notANumber.statusCode()),
                () -> assertEquals(noMeasure.body().replaceAll("(?s).*<main", ""),
                        noProject.body().replaceAll("(?s).*<main", "")));
    }

    /** The id of the demo's measure FCR in SVC, read through the REST API. */
    private static int fcr() throws Exception {
        String body = get(as("admin"), "/rest/csiloop/1.0/projects/SVC/definitions").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),[^{}]*\"key\":\"FCR\"").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no FCR in " + body);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String location(HttpResponse<String> answer) {
        return URI.create(preview.baseUrl()).resolve(answer.headers().firstValue("Location").orElseThrow()).toString();
    }

    static HttpClient as(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = logIn(client, user, "");
        assertEquals(302, login.statusCode(), login.body());
        return client;
    }

    /** Jira's login form posted as the user, to go to the destination afterwards. */
    private static HttpResponse<String> logIn(String user, String destination) throws Exception {
        return logIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), user, destination);
    }

    private static HttpResponse<String> logIn(HttpClient client, String user, String destination) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(preview.baseUrl() + "/login.jsp"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=" + user + "&os_password=" + user
                        + "&os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(preview.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
