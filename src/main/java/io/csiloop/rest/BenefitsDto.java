package io.csiloop.rest;

import io.csiloop.application.process.ProjectBenefits;

import java.util.List;

/**
 * A project's benefit planned against realised, per unit (values in different units are never added together):
 * each unit's totals and the improvements contributing, biggest expected value first.
 */
public record BenefitsDto(String projectKey, List<UnitDto> units) implements JsonBody {

    static BenefitsDto of(String projectKey, ProjectBenefits benefits, ApiMessages messages) {
        return new BenefitsDto(projectKey, benefits.units().stream().map(u -> new UnitDto(u.unit(), u.planned(),
                u.realised(), u.improvements().stream().map(c -> ImprovementDto.of(c, messages)).toList())).toList());
    }

    /** One unit: the sum of the expected values ({@code planned}) and of the realised ones. */
    public record UnitDto(String unit, double planned, double realised, List<ImprovementDto> improvements)
            implements JsonBody {
    }

    /**
     * One improvement's benefit in the unit.
     *
     * @param step the workflow status it is at, e.g. {@code IMPROVED}, with {@code stepName} its name
     * @param expectedBy {@code yyyy-MM-dd}, or null
     */
    public record ImprovementDto(String issueKey, String summary, String step, String stepName, Double expectedValue,
            String expectedBy, Double realisedValue, String realisedNote) implements JsonBody {

        static ImprovementDto of(ProjectBenefits.Contribution c, ApiMessages messages) {
            var b = c.benefit();
            return new ImprovementDto(c.issueKey(), c.summary(), c.step().name(), messages.text(c.step().nameKey(), java.util.List.of()),
                    b.expectedValue(), b.expectedBy() == null ? null : b.expectedBy().toString(), b.realisedValue(),
                    b.realisedNote());
        }
    }
}
