package io.csiloop.application.kpi;

import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Spring context's {@link MeasureChanges} until the one that reads step 7's go-live evidence and the approved
 * rebases (StoredMeasureChanges, issue 15) is merged: it knows no change, so every verdict says "no go-live yet".
 * Wired to StoredMeasureChanges at merge, which removes this class.
 */
public final class UnwiredMeasureChanges implements MeasureChanges {

    @Override
    public Map<Integer, ProcessChanges> at(List<StoredDefinition> measures, Instant moment) {
        return Map.of();
    }
}
