package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.host.ao.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST fuzz on one database: random requests (see {@link FuzzRequests}) against every endpoint, sent over HTTP by
 * callers who may write (a Jira administrator to the global settings, a project administrator elsewhere) or only
 * read, on real repositories. None may be answered with a 5xx; every answer keeps the contract of docs/openapi.json
 * ({@link ContractCheck}); a refused request (any non-2xx) may not change a single row; an accepted data point write
 * adds exactly the points it reports, and an accepted correction or deletion of a point leaves exactly one audit row.
 * The jqwik containers that run it ({@link RestFuzzProperties} on H2, {@link RestFuzzPostgresProperties}) print its
 * counts at the end.
 */
final class RestFuzz implements AutoCloseable {

    /** Requests per database: the issue asks for at least 5,000. */
    static final int REQUESTS = 5000;
    private static final ContractCheck CONTRACT = ContractCheck.ofDocument();

    private final TestDatabase database;
    private final RestWorld world;
    private final FuzzRequests requests;
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final int[] classes = new int[6];
    private final Map<String, Integer> rowsBefore;
    private final long started = System.nanoTime();
    private int sent;

    /** A fresh world on the database with 40 definitions of six points and a pack each (made once: it is slow). */
    RestFuzz(TestDatabase database) {
        this.database = database;
        world = new RestWorld(database);
        Samples samples = new Samples(world);
        List<Samples.Fresh> definitions = IntStream.range(0, 40).mapToObj(i -> samples.fresh()).toList();
        requests = new FuzzRequests(Endpoint.all(), definitions);
        rowsBefore = world.rowCounts();
    }

    /** Sends the request the seed makes and checks its answer and the rows it left. */
    void send(long seed) {
        Samples.Request request = requests.next(new Random(seed));
        Role writer = request.path().startsWith("automation/") ? Role.JIRA_ADMIN : Role.PROJECT_ADMIN;
        Api caller = world.api.as(new Random(seed).nextInt(4) == 0 ? Role.BROWSE_ONLY : writer);
        if (new Random(seed + 1).nextInt(10) > 0) {
            caller = caller.header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
        }
        Map<String, Integer> before = world.rowCounts();

        Api.Reply reply = caller.send(request.method(), request.path(), request.contentType(), request.body());

        Map<String, Integer> after = world.rowCounts();
        sent++;
        classes[reply.status() / 100]++;
        byStatus.merge(String.valueOf(reply.status()), 1, Integer::sum);
        String what = request.method() + " " + request.path() + " (" + request.contentType() + ") -> " + reply;
        assertTrue(reply.status() < 500, what);
        assertEquals(List.of(), CONTRACT.breaks(request.method(), request.path(), reply), what);
        boolean accepted = reply.status() / 100 == 2;
        assertTrue(accepted || before.equals(after), "refused but wrote: " + what);
        if (accepted && request.method().equals("POST") && request.path().contains("/datapoints")) {
            JsonNode result = Json.of(reply);
            int added = result.has("recorded") ? result.get("recorded").asInt() : result.get("imported").asInt();
            assertEquals(before.get("DataPointEntity") + added, after.get("DataPointEntity"), what);
        }
        if (accepted && FuzzRequests.isPointChange(request)) {
            assertEquals(before.get("PointChangeEntity") + 1, after.get("PointChangeEntity"), what);
        }
    }

    @Override
    public void close() {
        System.out.printf("REST fuzz on %s: %d requests in %d s; 2xx %d, 3xx %d, 4xx %d, 5xx %d; by status %s%n",
                database, sent, (System.nanoTime() - started) / 1_000_000_000L, classes[2], classes[3], classes[4],
                classes[5], byStatus);
        System.out.printf("REST fuzz on %s: rows before %s, after %s%n", database, rowsBefore, world.rowCounts());
        world.close();
    }
}
