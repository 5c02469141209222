package io.csiloop.rest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ContractCheck} holds the answers to docs/openapi.json: what the API answers when a figure does not exist
 * (null where the document declares an object) keeps the contract, and a value of the wrong shape, a property the
 * document does not know, a status or a media type it does not declare break it, each named by its JSON path.
 */
class ContractCheckTest {

    private static final ContractCheck CONTRACT = ContractCheck.ofDocument();
    private static final String KPI = "projects/CSI/definitions/7/kpi?from=2026-01-01T00:00:00Z";

    @Test
    void shouldAcceptNullWhereTheDocumentSaysAnObjectMayBeMissing() {
        assertEquals(List.of(), CONTRACT.breaks("GET", KPI, json(200,
                "{\"definitionId\":7,\"periods\":[],\"latest\":null,\"status\":\"NO_DATA\",\"trend\":null,\"chart\":null}")));
        assertEquals(List.of(), CONTRACT.breaks("GET", "projects/CSI/scorecard", json(200,
                "{\"lines\":[{\"definition\":{\"id\":7,\"band\":null},\"latest\":null},"
                        + "{\"definition\":{\"id\":8,\"band\":{\"low\":1,\"high\":2}},\"latest\":{\"id\":3,\"band\":null}}]}")));
        assertEquals(List.of(), CONTRACT.breaks("GET", "issues/CSI-2/lifecycle", json(200,
                "{\"transitions\":[{\"key\":\"start\",\"gate\":null}]}")));
    }

    @Test
    void shouldNameThePathOfAValueThatBreaksItsSchema() {
        assertEquals(List.of("GET /projects/{projectIdOrKey}/scorecard 200: /lines/0/definition/band required property"
                        + " 'high' not found (schema /$ref/properties/lines/items/properties/definition/$ref"
                        + "/properties/band/allOf/0/$ref/required)"),
                CONTRACT.breaks("GET", "projects/CSI/scorecard", json(200,
                        "{\"lines\":[{\"definition\":{\"band\":{\"low\":1}}}]}")));
        assertEquals(1, CONTRACT.breaks("GET", KPI, json(200, "{\"latest\":{\"value\":\"Infinity\"}}")).size());
        assertEquals(1, CONTRACT.breaks("GET", KPI, json(200, "{\"surprise\":1}")).size());
    }

    @Test
    void shouldHoldRefusalsToTheSharedErrorBody() {
        assertEquals(List.of(), CONTRACT.breaks("GET", KPI, json(400,
                "{\"status\":400,\"message\":\"The header Content-Type is not a media type.\",\"errors\":[]}")));
        assertEquals(List.of("POST /projects/{projectIdOrKey}/definitions 415: /status string found, integer expected"
                        + " (schema /$ref/properties/status/type)"),
                CONTRACT.breaks("POST", "projects/CSI/definitions", json(415,
                        "{\"status\":\"415\",\"message\":\"Wrong content type.\",\"errors\":[]}")));
    }

    @Test
    void shouldRefuseAStatusOrMediaTypeTheOperationDoesNotDeclare() {
        assertEquals(List.of("GET /projects/{projectIdOrKey}/scorecard 409: status not declared"),
                CONTRACT.breaks("GET", "projects/CSI/scorecard", json(409, "{}")));
        assertEquals(List.of("GET /projects/{projectIdOrKey}/scorecard 200: media type text/html not declared"),
                CONTRACT.breaks("GET", "projects/CSI/scorecard",
                        new Api.Reply(200, "<p>", "text/html", Map.of())));
    }

    private static Api.Reply json(int status, String body) {
        return new Api.Reply(status, body, "application/json", Map.of());
    }
}
