package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * What the KPI side says about one measurement definition of an improvement: enough to tell whether
 * it is complete, without the process model knowing how measurements are stored.
 *
 * @param key          the measurement's stable key, used to ask about its data and snapshots
 * @param name         the measurement's name, shown in messages
 * @param unitSet      whether a unit is defined
 * @param directionSet whether the direction is defined (higher, lower or within a band is better)
 * @param targetSet    whether a target (or band) is defined
 */
public record MeasurementFacts(String key, String name, boolean unitSet, boolean directionSet, boolean targetSet) {

    public MeasurementFacts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    /** Each part of the definition still missing, naming the measurement. */
    public List<MissingEvidence> missing() {
        return MissingEvidence.all(
                ImprovementCheck.MEASUREMENT_UNIT.unless(unitSet, name),
                ImprovementCheck.MEASUREMENT_DIRECTION.unless(directionSet, name),
                ImprovementCheck.MEASUREMENT_TARGET.unless(targetSet, name));
    }
}
