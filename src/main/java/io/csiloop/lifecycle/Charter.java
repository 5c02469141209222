package io.csiloop.lifecycle;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The project charter written during Initiation: why the project exists, what it must achieve, its known risks and
 * whether they have been reviewed, the value chain activities its result takes part in and the Four Dimensions it
 * considers.
 *
 * @param purpose       why the project exists; blank until written
 * @param objectives    what the project must achieve; blank entries do not count
 * @param risksReviewed whether the known risks have been reviewed
 * @param risks         the known risks, one an entry; blank entries do not count
 * @param valueChain    the value chain activities the project's result takes part in
 * @param dimensions    the Four Dimensions the charter considers
 */
public record Charter(String purpose, List<String> objectives, boolean risksReviewed, List<String> risks,
                      Set<ValueChainActivity> valueChain, Set<FourDimension> dimensions) {

    public Charter {
        Objects.requireNonNull(purpose, "purpose");
        objectives = List.copyOf(objectives);
        risks = List.copyOf(risks);
        valueChain = Set.copyOf(valueChain);
        dimensions = Set.copyOf(dimensions);
    }

    /** A charter that names no risks, value chain activities or dimensions (as charters were before they could). */
    public Charter(String purpose, List<String> objectives, boolean risksReviewed) {
        this(purpose, objectives, risksReviewed, List.of(), Set.of(), Set.of());
    }

    public static Charter empty() {
        return new Charter("", List.of(), false);
    }

    /**
     * What keeps the charter from being complete: a purpose, at least one objective, risks reviewed. The risks, the
     * value chain activities and the dimensions are recorded and reported, not required: a charter may name none.
     */
    public List<MissingEvidence> missing() {
        return MissingEvidence.all(
                ProjectCheck.CHARTER_PURPOSE.unlessWritten(purpose),
                ProjectCheck.CHARTER_OBJECTIVE.unlessAnyWritten(objectives),
                ProjectCheck.CHARTER_RISKS_REVIEWED.unless(risksReviewed));
    }
}
