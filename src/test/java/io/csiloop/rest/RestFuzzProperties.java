package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random requests against every endpoint (see {@link FuzzRequests}), sent over HTTP by callers who may write (a Jira
 * administrator to the global settings, a project administrator elsewhere) or only read, on real repositories: none
 * may be answered with a 5xx, a refused request (any non-2xx) may not change a single row, and an accepted data point
 * write adds exactly the points it reports. The counts are printed at the end.
 */
class RestFuzzProperties {

    private static RestWorld world;
    private static FuzzRequests requests;
    private static final ContractCheck CONTRACT = ContractCheck.ofDocument();
    private static final Map<String, Integer> BY_STATUS = new TreeMap<>();
    private static final int[] CLASSES = new int[6];
    private static Map<String, Integer> rowsBefore;
    private static int sent;
    private static int refusedWrites;

    @BeforeContainer
    static void start() {
        world = new RestWorld();
        Samples samples = new Samples(world);
        List<Samples.Fresh> definitions = IntStream.range(0, 40).mapToObj(i -> samples.fresh()).toList();
        requests = new FuzzRequests(Endpoint.all(), definitions);
        rowsBefore = world.rowCounts();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("REST fuzz: %d requests sent; 2xx %d, 3xx %d, 4xx %d, 5xx %d; by status %s%n", sent,
                CLASSES[2], CLASSES[3], CLASSES[4], CLASSES[5], BY_STATUS);
        System.out.printf("REST fuzz: rows before %s, after %s; refused requests that changed rows: %d%n",
                rowsBefore, world.rowCounts(), refusedWrites);
        world.close();
    }

    @Property(tries = 3000, seed = "20261126")
    void shouldNeverFailOnTheServerNorWriteWhatItRefuses(@ForAll long seed) {
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
        CLASSES[reply.status() / 100]++;
        BY_STATUS.merge(String.valueOf(reply.status()), 1, Integer::sum);
        String what = request.method() + " " + request.path() + " (" + request.contentType() + ") -> " + reply;
        assertTrue(reply.status() < 500, what);
        assertEquals(List.of(), CONTRACT.breaks(request.method(), request.path(), reply), what);
        if (reply.status() / 100 != 2 && !before.equals(after)) {
            refusedWrites++;
        }
        assertTrue(reply.status() / 100 == 2 || before.equals(after), "refused but wrote: " + what);
        if (reply.status() / 100 == 2 && request.method().equals("POST") && request.path().contains("/datapoints")) {
            JsonNode result = Json.of(reply);
            int added = result.has("recorded") ? result.get("recorded").asInt() : result.get("imported").asInt();
            assertEquals(before.get("DataPointEntity") + added, after.get("DataPointEntity"), what);
        }
    }
}
