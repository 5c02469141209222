package io.csiloop.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one collector: every check adds to it, nested inputs name their fields, one refusal carries them all. */
class RecordChecksTest {

    /** A refusal of some domain, as each domain has its own. */
    private static final class Refused extends InvalidInput {
        private static final long serialVersionUID = 1L;

        Refused(List<FieldError> errors) {
            super("refused", errors);
        }
    }

    @Test
    void refusesOnceWithEveryErrorInTheRefusalTheCallerChooses() {
        RecordChecks checks = new RecordChecks().requiredText("name", " ", 10).optionalText("note", "x".repeat(11), 10)
                .finite("value", Double.NaN);
        checks.within("points[2].").required("observedAt", null);

        Refused refused = assertThrows(Refused.class, () -> checks.orThrow(Refused::new));

        assertEquals(List.of(FieldError.of("name", RecordChecks.REQUIRED), FieldError.of("note", RecordChecks.TOO_LONG, 10),
                FieldError.of("value", RecordChecks.NOT_FINITE), FieldError.of("points[2].observedAt", RecordChecks.REQUIRED)),
                refused.errors());
    }

    @Test
    void passesInputWithoutErrors() {
        RecordChecks checks = new RecordChecks().requiredText("name", "MTTR", 10).finite("value", null).positive("id", 1);

        assertFalse(checks.hasErrors());
        checks.orThrow(Refused::new);
        checks.orRefuse("record");
    }

    @Test
    void aRepositorysInputIsAnInvalidRecord() {
        InvalidRecord refused = assertThrows(InvalidRecord.class,
                () -> new RecordChecks().positive("issueId", 0).orRefuse("invalid evidence"));

        assertEquals(List.of(FieldError.of("issueId", RecordChecks.NOT_POSITIVE)), refused.errors());
        assertSame(InvalidRecord.class, refused.getClass());
    }
}
