package io.csiloop.process;

import io.csiloop.kernel.MessageKey;
import io.csiloop.kernel.MessageSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GateVerdictTest {

    /** Shows each message as its key with the parameters it received, so the test sees what went in. */
    private static final MessageSource ECHO = (key, params) -> params.isEmpty() ? key : key + params;

    @Test
    void passesWhenNothingIsMissing() {
        GateVerdict verdict = new GateVerdict("g", "g.name", List.of());

        assertTrue(verdict.passed());
        assertEquals(List.of(), verdict.refusal(ECHO));
    }

    @Test
    void refusalNamesTheGateThenEveryMissingItemWithNestedKeysTranslatedFirst() {
        GateVerdict verdict = new GateVerdict("g", "g.name", List.of(
                new MissingEvidence("a.missing", List.of()),
                new MissingEvidence("b.missing", List.of(new MessageKey("b.name"), "OPS-1", 2))));

        assertFalse(verdict.passed());
        assertEquals(List.of("csiloop.gate.refused[g.name]", "a.missing", "b.missing[b.name, OPS-1, 2]"),
                verdict.refusal(ECHO));
    }
}
