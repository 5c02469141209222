package io.csiloop.lifecycle;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * The project charter written during Initiation: why the project exists, what it must achieve, and
 * whether its known risks have been reviewed.
 *
 * @param purpose       why the project exists; blank until written
 * @param objectives    what the project must achieve; blank entries do not count
 * @param risksReviewed whether the known risks have been reviewed
 */
public record Charter(String purpose, List<String> objectives, boolean risksReviewed) {

    public Charter {
        Objects.requireNonNull(purpose, "purpose");
        objectives = List.copyOf(objectives);
    }

    public static Charter empty() {
        return new Charter("", List.of(), false);
    }

    /** What keeps the charter from being complete: a purpose, at least one objective, risks reviewed. */
    public List<MissingEvidence> missing() {
        return MissingEvidence.all(
                ProjectCheck.CHARTER_PURPOSE.unlessWritten(purpose),
                ProjectCheck.CHARTER_OBJECTIVE.unlessAnyWritten(objectives),
                ProjectCheck.CHARTER_RISKS_REVIEWED.unless(risksReviewed));
    }
}
