package io.csiloop.rest;

import io.csiloop.application.kpi.MeasureReading;
import io.csiloop.kpi.AssuranceIcon;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.PhasedChart;
import io.csiloop.kpi.TrendDirection;
import io.csiloop.kpi.VariationIcon;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.UserDirectory;
import io.csiloop.port.UserRef;

import java.util.List;
import java.util.Optional;

/**
 * "Which KPIs are off target or getting worse?": a project's measures, those most in need of attention first, each
 * with its latest complete value, status, Making Data Count icons and trend direction.
 */
public record KpiAttentionDto(String projectKey, String projectName, List<RowDto> rows) implements JsonBody {

    static KpiAttentionDto of(ProjectRef project, List<MeasureReading> readings, ApiMessages messages,
                              UserDirectory people) {
        return new KpiAttentionDto(project.key(), project.name(),
                readings.stream().map(r -> RowDto.of(r, messages, people)).toList());
    }

    /**
     * One measure.
     *
     * @param ownerKey the user key of the measure's owner
     * @param ownerName the owner's display name as Jira knows them; the key for a user Jira does not know
     * @param improvementIssueId the Improvement that owns the measure; null for the project's own
     * @param latest the last complete period's value; null without one
     * @param variation null with fewer than 2 periods
     * @param assurance null without limits or target
     * @param trend null with fewer than 2 periods; STEADY when the slope is only noise
     */
    public record RowDto(int definitionId, String key, String name, String unit, String ownerKey, String ownerName,
            Long improvementIssueId, DefinitionDto definition, Double latest, String latestPeriod, KpiStatus status,
            VariationIcon variation, String variationMessage, AssuranceIcon assurance, String assuranceMessage,
            TrendDirection trend) implements JsonBody {

        static RowDto of(MeasureReading r, ApiMessages messages, UserDirectory people) {
            KpiReading reading = r.reading();
            Optional<PhasedChart> chart = reading.chart();
            Optional<VariationIcon> variation = chart.flatMap(PhasedChart::variation);
            Optional<AssuranceIcon> assurance = chart.flatMap(PhasedChart::assurance);
            var d = r.definition();
            return new RowDto(d.id(), d.definition().key(), d.definition().name(), d.definition().unit(),
                    d.ownership().ownerKey(), ownerName(d.ownership().ownerKey(), people),
                    d.ownership().improvementIssueId(), DefinitionDto.of(d),
                    reading.latest().map(v -> v.value()).orElse(null),
                    reading.latest().map(v -> v.period().label()).orElse(null), reading.status(),
                    variation.orElse(null), variation.map(v -> messages.text(v.messageKey(), List.of())).orElse(null),
                    assurance.orElse(null), assurance.map(a -> messages.text(a.messageKey(), List.of())).orElse(null),
                    TrendDirection.of(reading).orElse(null));
        }

        private static String ownerName(String key, UserDirectory people) {
            return key == null ? null : people.userByKey(key).map(UserRef::displayName).orElse(key);
        }
    }
}
