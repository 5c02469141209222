package io.csiloop.application.automation;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kpi.Period;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measures fed by hand that miss the value of their latest closed period. */
class OverdueMeasurementsTest {

    @AcrossDatabases
    void aHandFedMeasureWithoutDataForItsLatestClosedPeriodIsOverdue(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition missing = world.define("AAA", MeasurementSource.MANUAL, d -> d);
        StoredDefinition fed = world.define("BBB", MeasurementSource.CSV, d -> d);
        StoredDefinition weekly = world.define("CCC", MeasurementSource.MANUAL, d -> {
            d.period = PeriodUnit.WEEK;
            return d;
        });
        world.define("JQL", MeasurementSource.JQL_COUNT, d -> d);
        world.record(fed, "2026-10-31T22:30:00Z", 80); // 23:30 on 31 October in Berlin
        world.record(weekly, "2026-11-09T10:00:00Z", 80); // the week of 9 November: the latest closed one
        OverdueMeasurements overdue = new OverdueMeasurements(world.definitions, world.aggregates, world.settings,
                world.clock, world.reportingZone);

        List<OverdueMeasurement> found = overdue.ofProject(World.PROJECT);

        assertEquals(List.of(new OverdueMeasurement(missing,
                new Period(PeriodUnit.MONTH, LocalDate.of(2026, 10, 1), World.ZONE))), found);
        assertTrue(overdue.isOverdue(missing));
        assertFalse(overdue.isOverdue(fed));
        assertFalse(overdue.isOverdue(weekly));
    }

    @AcrossDatabases
    void aMeasureCreatedInTheCurrentPeriodIsNotOverdueYet(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition fresh = world.definitions.create(World.PROJECT, new io.csiloop.measure.Ownership(null, World.ADMIN),
                io.csiloop.measure.DefinitionDraft.higherIsBetter(80, 5).build(), World.ADMIN);
        OverdueMeasurements overdue = new OverdueMeasurements(world.definitions, world.aggregates, world.settings,
                world.clock, world.reportingZone);

        assertFalse(overdue.isOverdue(fresh));
    }
}
