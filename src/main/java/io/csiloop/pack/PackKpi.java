package io.csiloop.pack;

import io.csiloop.kpi.BeforeAfter;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.MeasurementDefinition;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One KPI of a pack: its definition, its values per period up to the pack's moment (oldest first), its go-lives and
 * approved rebases at that moment (where its chart's phases begin and its change points) and the cycle's
 * before/after verdict at its go-live (the one the gate of step 7 reads), or why there is none. Status, gap, trend and control chart are those of the
 * values' {@link KpiReading}, as the panels and snapshots read them, derived when rendered.
 */
public record PackKpi(MeasurementDefinition definition, List<KpiValue> values, ProcessChanges changes,
        ChangeVerdict verdict) {

    public PackKpi {
        Objects.requireNonNull(definition, "definition");
        values = List.copyOf(values);
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The verdict's comparison; empty when there is no verdict. */
    public Optional<BeforeAfter> beforeAfter() {
        return verdict.comparison();
    }

    /**
     * The KPI as of the pack's moment: the reading of its values, the period in progress at that moment read apart
     * (as the panels read it).
     */
    public KpiReading reading(Instant producedAt) {
        return KpiReading.at(definition, values, producedAt, changes);
    }

    /** The latest period's value, if there is one. */
    public Optional<KpiValue> latest() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }
}
