package io.csiloop.application.process;

import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.port.IssueRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A project's benefit planned against realised: per unit, never across units, biggest improvement first. */
class ProjectBenefitsTest {

    @Test
    void shouldTotalEachUnitApartWithItsImprovementsBiggestFirst() {
        ProjectBenefits totals = ProjectBenefits.of(List.of(
                place(1, ImprovementStatus.COLLECT_DATA, new Benefit(60.0, "hours per month", null, null, null)),
                place(2, ImprovementStatus.IMPROVED, new Benefit(48_000.0, "EUR per year", null, 52_500.0, "measured")),
                place(3, ImprovementStatus.IDENTIFY_APPROACH, new Benefit(25.0, "Hours per month", null, null, null)),
                place(4, ImprovementStatus.IMPROVED, new Benefit(null, "hours per month", null, 10.0, null)),
                place(5, ImprovementStatus.ANALYSE_DATA, new Benefit(12_000.0, "EUR per year", null, null, null)),
                place(6, ImprovementStatus.ANALYSE_DATA, new Benefit(null, "EUR per year", null, null, null)),
                place(7, ImprovementStatus.ANALYSE_DATA, Benefit.NONE)));

        ProjectBenefits.UnitTotal euros = totals.units().get(0);
        ProjectBenefits.UnitTotal hours = totals.units().get(1);
        assertAll(() -> assertEquals(List.of("EUR per year", "hours per month"),
                        totals.units().stream().map(ProjectBenefits.UnitTotal::unit).toList(),
                        "units apart, alphabetically, a unit whatever its case, as first spelled"),
                () -> assertEquals(60_000.0, euros.planned()), () -> assertEquals(52_500.0, euros.realised()),
                () -> assertEquals(List.of("SVC-2", "SVC-5"), keys(euros), "an entry without a value does not count"),
                () -> assertEquals(85.0, hours.planned()), () -> assertEquals(10.0, hours.realised()),
                () -> assertEquals(List.of("SVC-1", "SVC-3", "SVC-4"), keys(hours), "biggest expected first"),
                () -> assertEquals(ImprovementStatus.IMPROVED, hours.improvements().get(2).step()));
    }

    @Test
    void shouldHaveNoUnitForARegisterWithoutBenefits() {
        assertEquals(List.of(), ProjectBenefits.of(List.of(place(1, ImprovementStatus.IDENTIFY_APPROACH, Benefit.NONE))).units());
    }

    private static List<String> keys(ProjectBenefits.UnitTotal unit) {
        return unit.improvements().stream().map(ProjectBenefits.Contribution::issueKey).toList();
    }

    private static RegisterPlace place(long id, ImprovementStatus step, Benefit benefit) {
        return new RegisterPlace(new IssueRef(id, "SVC-" + id, 10, "Improvement " + id, "Improvement", step.name()),
                step, new RegisterEntry(id, 10, 1, null, null, null, null, Set.of(), null, null, benefit));
    }
}
