package io.csiloop.application.kpi;

import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The go-lives a test declares, per definition id, in place of step 7's evidence (StoredMeasureChanges). */
public final class FakeMeasureChanges implements MeasureChanges {

    private final Map<Integer, ProcessChanges> changes = new ConcurrentHashMap<>();

    /** Declares that the measure's cycle went live at the instant, recorded in step 7's evidence. */
    public void goLive(int definitionId, String issueKey, int cycle, Instant at) {
        changes.merge(definitionId, new ProcessChanges(List.of(new GoLive(issueKey, cycle, at, true)), List.of()),
                (old, added) -> new ProcessChanges(
                        java.util.stream.Stream.concat(old.goLives().stream(), added.goLives().stream()).toList(),
                        old.rebases()));
    }

    @Override
    public Map<Integer, ProcessChanges> at(List<StoredDefinition> measures, Instant moment) {
        return Map.copyOf(changes);
    }
}
