package io.csiloop.application.automation;

import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * One definition's part of a run: every period of its {@link PeriodWindow} that is not complete yet, oldest first,
 * is collected (JQL) or read (hand-fed data) and completed; then its signals are raised. A hand-fed period without
 * data is left open, so a late value still gets its snapshot (it is what {@link OverdueMeasurements} reports); a
 * JQL period is complete even when no issue matched, since Jira's answer is the data.
 */
public final class DefinitionRun {

    private final JqlCollector collector;
    private final PeriodCompletion completion;
    private final SignalRaising raising;
    private final DataPoints points;
    private final DefinitionAutomations automations;

    public DefinitionRun(JqlCollector collector, PeriodCompletion completion, SignalRaising raising, DataPoints points,
            DefinitionAutomations automations) {
        this.collector = collector;
        this.completion = completion;
        this.raising = raising;
        this.points = points;
        this.automations = automations;
    }

    /**
     * What the run of one definition knows before it starts.
     *
     * @param automation the definition's configuration, or null
     * @param progress its progress as stored ({@link AutomationProgress#NONE} without a configuration)
     * @param settings the settings in force for its project
     * @param stored its stored KPI values from before its window up to its end, ascending
     * @param completed the start instants of its complete periods
     * @param cycle the improvement cycle new data and snapshots belong to
     */
    public record Input(StoredDefinition definition, DefinitionAutomation automation, AutomationProgress progress,
            AutomationSettings settings, List<KpiValue> stored, ProcessChanges changes, Set<Instant> completed, int cycle,
            Instant now) {
    }

    /**
     * What the run of one definition did.
     *
     * @param raiseFailure why raising failed after the periods were completed, or null
     */
    public record Outcome(int periodsCompleted, int issuesRaised, RuntimeException raiseFailure) {
    }

    public Outcome run(Input in) {
        StoredDefinition definition = in.definition();
        boolean collects = in.automation() != null && in.automation().collection() != null;
        if (isJql(definition.definition().source()) && !collects) {
            return new Outcome(0, 0, null); // a JQL measure nobody configured a query for has nothing to collect
        }
        ZoneId zone = in.settings().zone();
        PeriodWindow window = PeriodWindow.of(definition, in.automation(), zone, in.now());
        TreeMap<Instant, KpiValue> values = new TreeMap<>();
        in.stored().forEach(v -> values.put(v.period().start(), v));
        int done = (int) window.periods().stream().filter(p -> in.completed().contains(p.start())).count();
        int completedNow = 0;
        for (Period period : window.periods()) {
            if (in.completed().contains(period.start())) {
                continue;
            }
            List<DataPoint> collected = collects
                    ? collector.collect(in.automation().collection(), in.automation().actorKey(), period) : List.of();
            KpiValue value = collects ? valueOf(in, period, collected) : values.get(period.start());
            if (value == null && !collects) {
                continue; // hand-fed and still empty: wait for late data
            }
            List<KpiValue> earlier = List.copyOf(values.headMap(period.start()).values());
            AutomationProgress progress = collects
                    ? new AutomationProgress(done + 1, window.size(), null, null, in.now()) : null;
            if (completion.complete(definition, period, collected,
                    PeriodSnapshots.of(definition, period, value, earlier, in.changes(), in.cycle(), in.now()), progress)) {
                completedNow++;
            }
            done++;
            if (value != null) {
                values.put(period.start(), value);
            }
        }
        AutomationProgress was = in.progress();
        if (collects && completedNow == 0 && (was.done() != done || was.total() != window.size() || was.lastError() != null)) {
            // Nothing was due, yet the window moved or an old error is cleared: the page must say so. Otherwise
            // nothing is written, so that a run with nothing to do costs reads only.
            automations.progress(definition.id(), new AutomationProgress(done, window.size(), null, null, in.now()));
        }
        return raise(in, List.copyOf(values.values()), window, completedNow);
    }

    /** Raises the signals; a failure is returned with what was completed, which stays complete. */
    private Outcome raise(Input in, List<KpiValue> values, PeriodWindow window, int completedNow) {
        DefinitionAutomation automation = in.automation();
        if (!in.settings().autoRaise() || automation == null || !automation.raising().active()) {
            return new Outcome(completedNow, 0, null);
        }
        int raised = 0;
        try {
            for (SignalCandidate signal : SignalWatch.candidates(in.definition().definition(), automation.raising(),
                    values, in.changes(), window.last())) {
                if (raising.raise(in.definition(), automation.actorKey(), signal).isPresent()) {
                    raised++;
                }
            }
        } catch (RuntimeException e) {
            return new Outcome(completedNow, raised, e);
        }
        return new Outcome(completedNow, raised, null);
    }

    /** The period's value over what is stored for it already and what was just collected. */
    private KpiValue valueOf(Input in, Period period, List<DataPoint> collected) {
        List<DataPoint> all = new ArrayList<>(collected);
        for (StoredDataPoint point : points.between(in.definition().id(), period.start(), period.end())) {
            all.add(point.point());
        }
        all.sort(Comparator.comparing(DataPoint::observedAt));
        KpiStream stream = KpiStream.of(all.iterator(), in.definition().definition().aggregation(), period.unit(),
                period.zone());
        return stream.hasNext() ? stream.next() : null;
    }

    private static boolean isJql(MeasurementSource source) {
        return source == MeasurementSource.JQL_COUNT || source == MeasurementSource.JQL_DURATION;
    }
}
