package io.csiloop.lifecycle;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * What the project will and will not deliver, and the requirements the result must meet, recorded
 * during Planning.
 *
 * @param scope        the agreed scope; blank until written
 * @param requirements the requirements; blank entries do not count
 */
public record ScopeAndRequirements(String scope, List<String> requirements) {

    public ScopeAndRequirements {
        Objects.requireNonNull(scope, "scope");
        requirements = List.copyOf(requirements);
    }

    public static ScopeAndRequirements empty() {
        return new ScopeAndRequirements("", List.of());
    }

    /** What is missing: the scope, and at least one requirement. */
    public List<MissingEvidence> missing() {
        return MissingEvidence.all(
                ProjectCheck.SCOPE.unlessWritten(scope),
                ProjectCheck.REQUIREMENT.unlessAnyWritten(requirements));
    }
}
