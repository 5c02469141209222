package io.csiloop.application.kpi;

import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The periods one measure's {@link KpiReading} honestly needs, and its values gathered from the reads that cover them.
 * A reading whose latest complete value lies in period L shows the {@value KpiReading#CHART_WINDOW} periods ending
 * with L; beyond them it needs only
 * <ul>
 * <li>the first N values ({@link io.csiloop.measure.MeasurementDefinition#baselinePeriods()}) of the phase holding the
 * window's first period, from that phase's start P (an approved rebase, or the series' first period): its limits
 * are those of its first values, and a phase's baseline never reaches further;</li>
 * <li>every value from the period of a go-live that no rebase follows on: the rebase the series suggests after it is
 * the first sustained shift among them.</li>
 * </ul>
 * The values between the baseline and those ranges change nothing the reading shows, so they are not read: the cost
 * of a reading is its window, its phase's baseline and its open go-lives, never the history before them.
 */
final class ReadingWindow {

    private final StoredDefinition measure;
    private final TreeMap<LocalDate, KpiValue> values = new TreeMap<>();
    private final Period phaseStart;
    private final Instant continuousFrom;

    /**
     * @param latest the period of the latest complete value
     * @param seriesStart the period of the series' first value before the moment's period; empty when unknown
     *     (then the phase of the window must begin at a rebase)
     */
    ReadingWindow(StoredDefinition measure, Period latest, ProcessChanges changes, Optional<Period> seriesStart,
            ZoneId zone) {
        this.measure = measure;
        Period windowFirst = KpiReading.firstPeriodRead(latest);
        this.phaseStart = KpiReading.firstPeriodRead(latest, changes).or(() -> seriesStart).orElse(windowFirst);
        Instant from = windowFirst.start();
        for (GoLive goLive : changes.goLives()) {
            boolean open = changes.rebases().stream().noneMatch(r -> !r.at().isBefore(goLive.at()));
            Instant changed = Period.containing(latest.unit(), goLive.at(), zone).start();
            if (open && changed.isBefore(from)) {
                from = changed;
            }
        }
        this.continuousFrom = from.isBefore(phaseStart.start()) ? phaseStart.start() : from;
    }

    StoredDefinition measure() {
        return measure;
    }

    /** From where on every value is needed: the chart window, or an open go-live's period before it. */
    Instant continuousFrom() {
        return continuousFrom;
    }

    /** Where the phase of the window's first period begins: its baseline's first period. */
    Period phaseStart() {
        return phaseStart;
    }

    /**
     * Whether the phase's first N values are known once every value in {@code [phase start, readUpTo)} has been read:
     * N of them lie there, or the reads reach the values needed anyway ({@code coveredFrom} on is read already).
     */
    boolean baselineComplete(Instant readUpTo, Instant coveredFrom) {
        Instant end = readUpTo.isBefore(continuousFrom) ? readUpTo : continuousFrom;
        long found = values.values().stream().filter(v -> !v.period().start().isBefore(phaseStart.start())
                && v.period().start().isBefore(end)).count();
        return found >= measure.definition().baselinePeriods() || !readUpTo.isBefore(continuousFrom)
                || !readUpTo.isBefore(coveredFrom);
    }

    /** Adds values read: any range, overlapping or not. */
    void add(Collection<KpiValue> read) {
        read.forEach(v -> values.put(v.period().firstDay(), v));
    }

    /** The values gathered, oldest first: what the reading is made of. */
    List<KpiValue> values() {
        return List.copyOf(values.values());
    }
}
