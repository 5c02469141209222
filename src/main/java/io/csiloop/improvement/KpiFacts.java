package io.csiloop.improvement;

import java.util.List;
import java.util.Optional;

/**
 * What the KPI side knows about the measurements of one improvement. It is implemented over the
 * measurement store; the process model only asks these questions, so it never depends on storage.
 */
public interface KpiFacts {

    /**
     * The measurements defined for the improvement, in a stable order; empty when there are none.
     * They are kept across cycles.
     */
    List<MeasurementFacts> measurements();

    /** Whether at least one data point of the measurement belongs to the cycle. */
    boolean hasData(String measurementKey, ImprovementCycle cycle);

    /** Whether a KPI snapshot of the measurement was taken for the cycle. */
    boolean hasSnapshot(String measurementKey, ImprovementCycle cycle);

    /** The before/after comparison of the cycle; empty while it has not been made. */
    Optional<BeforeAfterVerdict> beforeAfter(ImprovementCycle cycle);
}
