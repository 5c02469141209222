package io.csiloop.scale;

import io.csiloop.host.ao.AoDatabase;
import io.csiloop.host.ao.SqlStatementCounter;
import io.csiloop.preview.Preview;
import io.csiloop.preview.PreviewConfig;
import io.csiloop.preview.PreviewStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19's "no per-row queries" for the dashboard's REST reads and the project page: the statements a request
 * sends to the database (counted below the preview's pool, as the load harness counts them) do not grow with the
 * issues and measures it shows. On a small scale data set (two projects of 100 Improvements, 20 Lifecycle Projects
 * and 40 measures, 30 of them owned by Improvements, with gate evidence and points): the days in status and verdicts
 * of 10 issues cost what those of 100 cost but for the change history (one read per issue, as in Jira), and each read
 * stays within a small constant. Before the batched reads the 100 issues took 580 statements (ScaleTrace), the KPIs
 * needing attention 96, the project page 298, the benefits 101.
 */
class BatchedReadsTest {

    /**
     * The most statements one of these reads may send: a constant, whatever the project holds. It was 15 before the
     * day totals; each aggregation over a long window now first reads where the measures' day totals end (one
     * primary-key read for all of them), which the KPIs needing attention do in 4 of their aggregations.
     */
    private static final int BOUND = 20;

    @TempDir
    static Path dir;

    private static final ScaleDataSet SET = new ScaleDataSet(19, 2, 100, 20, 40, 30, 4_000, 1,
            Instant.now().truncatedTo(ChronoUnit.HOURS));
    private static final ScaleIssues ISSUES = new ScaleIssues(SET);
    private static final SqlStatementCounter COUNTER = new SqlStatementCounter();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Preview preview;

    @BeforeAll
    static void startOnTheDataSet() throws Exception {
        AoDatabase database = AoDatabase.h2("jdbc:h2:file:" + dir.resolve("db"));
        ScaleGenerator generator = new ScaleGenerator(SET, database.url(), database.username(), database.password());
        generator.reset();
        generator.issues();
        preview = Preview.start(new PreviewConfig(0, database.url()), Clock.systemUTC(),
                new PreviewStore(database, COUNTER, SET.projectRefs()));
        generator.points(generator.measures(preview.app()));
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    /**
     * Everything but the change history costs the same for 10 issues as for 100. The history stays one read per issue,
     * as in Jira: its batched read of change histories could not be confirmed in 11.3's API (JiraStatusHistory).
     */
    @Test
    void shouldReadTheStandingOfTenIssuesAndOfAHundredInTheSameStatementsButTheirHistories() throws Exception {
        List<String> ten = sent(standing(10));
        List<String> hundred = sent(standing(100));
        assertAll(() -> assertEquals(withoutHistory(ten), withoutHistory(hundred),
                        "the same statements for 10 and for 100 issues"),
                () -> assertTrue(withoutHistory(hundred).size() <= BOUND, "at most " + BOUND + ": " + summary(hundred)),
                () -> assertEquals(100, hundred.size() - withoutHistory(hundred).size(),
                        "one read of the change history per issue"));
    }

    /**
     * The KPIs needing attention, the benefits and the project page in a few statements, but for the points of the
     * measures whose aggregation needs them (median, percentiles: {@code AoPeriodAggregates} streams those a page at a
     * time, one measure after another; left so, see docs/benchmarks.md).
     */
    @Test
    void shouldReadTheProjectsKpisBenefitsAndPageInAFewStatementsButThePointsOfOrderStatistics() throws Exception {
        String project = "/rest/csiloop/1.0/projects/" + project().key();
        List<String> attention = sent(project + "/dashboard/kpi-attention");
        List<String> benefits = sent(project + "/benefits");
        List<String> page = sent("/projects/" + project().key() + "?selectedItem=io.csiloop.jira:csiloop-project-page");
        assertAll(() -> assertTrue(withoutPointPages(attention).size() <= BOUND, "KPIs needing attention: " + summary(attention)),
                () -> assertTrue(benefits.size() <= BOUND, "benefits: " + summary(benefits)),
                () -> assertEquals(withoutPointPages(attention).size() + 2, withoutPointPages(page).size(),
                        "the project page: its scorecard's reads and its register's two (entries, their issues): "
                                + summary(page)),
                () -> assertEquals(attention.size() - withoutPointPages(attention).size(),
                        page.size() - withoutPointPages(page).size(), "the same point pages: the scorecard's"));
    }

    /** How many statements, by the start of their text: what a failure shows. */
    private static String summary(List<String> sql) {
        return sql.size() + " " + sql.stream().collect(Collectors.groupingBy(
                text -> text.substring(0, Math.min(110, text.length())), TreeMap::new, Collectors.counting()));
    }

    /** The statements but the pages of points streamed for measures whose aggregation needs every point. */
    private static List<String> withoutPointPages(List<String> sql) {
        return sql.stream().filter(text -> !(text.contains("DATA_POINT") && text.contains("LIMIT"))).toList();
    }

    private static io.csiloop.port.ProjectRef project() {
        return SET.projectRefs().get(0);
    }

    /** The request of the dashboard items for the first issues of the project, named by id as the items name them. */
    private static String standing(int issues) {
        return "/rest/csiloop/1.0/projects/" + project().key() + "/dashboard/issue-standing?keys="
                + IntStream.range(0, issues).mapToObj(n -> Long.toString(SET.issueId(0, n)))
                .collect(Collectors.joining(","));
    }

    /** How many statements the request sends the second time (the first warms what the host caches). */
    private static long statements(String path) throws Exception {
        return sent(path).size();
    }

    /** The SQL of each statement the request sends the second time it is sent. */
    private static List<String> sent(String path) throws Exception {
        ScaleRequest request = ScaleRequest.get(path, path);
        send(request);
        List<String> sql = Collections.synchronizedList(new ArrayList<>());
        COUNTER.afterExecute(text -> sql.add(String.valueOf(text)));
        try {
            send(request);
        } finally {
            COUNTER.afterExecute(text -> { });
        }
        return List.copyOf(sql);
    }

    /** The statements but the change history's, their IN lists of any length alike, in a stable order. */
    private static List<String> withoutHistory(List<String> sql) {
        return sql.stream().filter(text -> !text.contains("PREVIEW_STATUS_CHANGE"))
                .map(text -> text.replaceAll("\\?(, \\?)*", "?…")).sorted().toList();
    }

    private static void send(ScaleRequest request) throws Exception {
        HttpResponse<String> response = CLIENT.send(request.build(preview.baseUrl(), 0),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), request.name() + ": " + response.body());
    }

    /** The standings of the hundred issues name every one of them: nothing is lost to the batching. */
    @Test
    void shouldStillAnswerForEveryIssueNamed() throws Exception {
        HttpResponse<String> response = CLIENT.send(ScaleRequest.get("standing", standing(100))
                .build(preview.baseUrl(), 0), HttpResponse.BodyHandlers.ofString());
        List<String> missing = IntStream.range(0, 100).mapToObj(n -> "\"" + ISSUES.key(project(), n) + "\"")
                .filter(key -> !response.body().contains(key)).toList();
        assertAll(() -> assertEquals(200, response.statusCode()),
                () -> assertEquals(List.of(), missing, "every issue named is answered"),
                () -> assertTrue(response.body().contains("\"daysInStatus\""), response.body()));
    }
}
