package io.csiloop.application.process;

import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.ImprovementStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project's benefit planned against realised, per unit: the expected values of its improvements added up, and
 * the realised values beside them. Values in different units are never added together; a unit is the same
 * whatever its case ({@code Hours per month} is {@code hours per month}), shown as first spelled. Improvements
 * without a value in a unit do not count.
 */
public record ProjectBenefits(List<UnitTotal> units) {

    public ProjectBenefits {
        units = List.copyOf(units);
    }

    /** The totals of the register's entries: units in alphabetical order, each one's improvements biggest first. */
    public static ProjectBenefits of(List<RegisterPlace> register) {
        Map<String, List<Contribution>> byUnit = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (RegisterPlace place : register) {
            Benefit b = place.entry().benefit();
            if (b.unit() == null || b.expectedValue() == null && b.realisedValue() == null) {
                continue;
            }
            String key = b.unit().toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, b.unit());
            byUnit.computeIfAbsent(key, k -> new ArrayList<>()).add(new Contribution(place.issue().key(),
                    place.issue().summary(), place.step(), b));
        }
        List<UnitTotal> units = new ArrayList<>();
        byUnit.forEach((key, contributions) -> units.add(UnitTotal.of(spelling.get(key), contributions)));
        units.sort(Comparator.comparing(u -> u.unit().toLowerCase(Locale.ROOT)));
        return new ProjectBenefits(units);
    }

    /**
     * One unit's totals.
     *
     * @param planned the sum of the expected values
     * @param realised the sum of the realised values
     * @param improvements the improvements with a value in this unit, biggest expected value first (then biggest
     *     realised, then by key)
     */
    public record UnitTotal(String unit, double planned, double realised, List<Contribution> improvements) {

        public UnitTotal {
            improvements = List.copyOf(improvements);
        }

        static UnitTotal of(String unit, List<Contribution> contributions) {
            List<Contribution> sorted = new ArrayList<>(contributions);
            sorted.sort(Comparator.comparingDouble((Contribution c) -> -orZero(c.benefit().expectedValue()))
                    .thenComparingDouble(c -> -orZero(c.benefit().realisedValue())).thenComparing(Contribution::issueKey));
            double planned = 0;
            double realised = 0;
            for (Contribution c : sorted) {
                planned += orZero(c.benefit().expectedValue());
                realised += orZero(c.benefit().realisedValue());
            }
            return new UnitTotal(unit, planned, realised, sorted);
        }

        private static double orZero(Double value) {
            return value == null ? 0 : value;
        }
    }

    /** One improvement's benefit in a unit, with the step it is at. */
    public record Contribution(String issueKey, String summary, ImprovementStatus step, Benefit benefit) {
    }
}
