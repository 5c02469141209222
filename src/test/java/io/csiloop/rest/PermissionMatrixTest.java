package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the API (found by reflection over the resource classes) called by every kind of caller with
 * a request that works for a caller who may: anonymous gets 401, a user who may not browse the project 403, a
 * user who may browse but lacks the endpoint's permission 403, and everyone with it a 2xx; every answer keeps the
 * contract of docs/openapi.json ({@link ContractCheck}).
 */
class PermissionMatrixTest {

    private static RestWorld world;
    private static Samples samples;
    private static final ContractCheck CONTRACT = ContractCheck.ofDocument();

    @BeforeAll
    static void start() {
        world = new RestWorld();
        samples = new Samples(world);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void shouldHaveASampleForEveryEndpointAndNoOther() {
        Set<String> endpoints = Endpoint.all().stream().map(Endpoint::toString).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(endpoints, new TreeSet<>(Samples.covered()));
    }

    @Test
    void shouldAnswerEveryEndpointForEveryRoleAsJiraWould() {
        List<String> wrong = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : Endpoint.all()) {
            assertTrue(endpoint.required() != null, endpoint + " declares no @Requires");
            for (Role role : Role.values()) {
                Samples.Request request = samples.valid(endpoint);
                Api.Reply reply = world.api.as(role).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK)
                        .send(request.method(), request.path(), request.contentType(), request.body());
                int denial = role.expectedDenial(endpoint.required());
                boolean right = denial == 0 ? reply.status() / 100 == 2 : reply.status() == denial
                        && reply.contentType().startsWith("application/json") && reply.body().contains("\"message\"");
                if (!right) {
                    wrong.add(endpoint + " as " + role + ": expected " + (denial == 0 ? "2xx" : denial) + ", got " + reply);
                }
                CONTRACT.breaks(request.method(), request.path(), reply).forEach(b -> broken.add(b + " as " + role));
                cells++;
            }
        }
        System.out.printf("Permission matrix: %d endpoints x %d roles = %d requests, %d wrong%n",
                Endpoint.all().size(), Role.values().length, cells, wrong.size());
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), broken.stream().limit(20).toList(), broken.size() + " answers break docs/openapi.json");
    }

    /**
     * A query parameter the document declares required is one the API refuses to go without (a 400 naming it), and
     * one it declares optional is one a working request may leave out: each sample's parameters dropped one by one.
     */
    @Test
    void shouldRequireExactlyTheQueryParametersTheDocumentDeclaresRequired() {
        List<String> wrong = new ArrayList<>();
        int dropped = 0;
        for (Endpoint endpoint : Endpoint.all()) {
            Map<String, Boolean> declared = CONTRACT.queryParameters(endpoint.method(), endpoint.path());
            for (String name : declared.keySet()) {
                Samples.Request request = samples.valid(endpoint);
                String without = request.path().replaceAll("([?&])" + name + "=[^&]*&?", "$1").replaceAll("[?&]$", "");
                if (without.equals(request.path())) {
                    continue;
                }
                Api.Reply reply = world.api.header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK)
                        .send(request.method(), without, request.contentType(), request.body());
                boolean refused = reply.status() == 400 && reply.body().contains("\"" + name + "\"");
                if (declared.get(name) != refused) {
                    wrong.add(endpoint + " without " + name + " (declared " + (declared.get(name) ? "required" : "optional")
                            + "): " + reply);
                }
                dropped++;
            }
        }
        System.out.printf("Query parameters dropped one by one: %d requests, %d wrong%n", dropped, wrong.size());
        assertTrue(dropped > 0, "no sample sends a query parameter");
        assertEquals(List.of(), wrong);
    }
}
