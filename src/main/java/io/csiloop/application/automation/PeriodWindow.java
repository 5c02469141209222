package io.csiloop.application.automation;

import io.csiloop.kpi.Period;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The closed periods a run considers for one definition, oldest first: from {@code first} to {@code last} (the
 * latest period that has ended), both included; empty when {@code first} is after {@code last}.
 *
 * <p>A JQL collection reaches back its backfill, since Jira holds the history. A definition whose data is typed
 * in or imported reaches back {@value #LATE_DATA_PERIODS} periods, so that a value entered late still gets its
 * snapshot, but never before the period the definition was created in.
 */
public record PeriodWindow(Period first, Period last) {

    /** How many closed periods a hand-fed definition waits for late data. */
    public static final int LATE_DATA_PERIODS = 3;

    /** The window of the definition as of {@code now}, its periods read in {@code zone}. */
    public static PeriodWindow of(StoredDefinition definition, DefinitionAutomation automation, ZoneId zone, Instant now) {
        Period last = latestClosed(definition, zone, now);
        if (automation != null && automation.collection() != null) {
            return new PeriodWindow(last.plus(1L - automation.backfillPeriods()), last);
        }
        Period created = Period.containing(definition.definition().period(), definition.createdAt(), zone);
        Period first = last.plus(1L - LATE_DATA_PERIODS);
        return new PeriodWindow(first.periodsUntil(created) > 0 ? created : first, last);
    }

    /** The latest period of the definition's length that has ended by {@code now}. */
    public static Period latestClosed(StoredDefinition definition, ZoneId zone, Instant now) {
        return Period.containing(definition.definition().period(), now, zone).plus(-1);
    }

    /** How many periods the window holds. */
    public int size() {
        return (int) Math.max(0, first.periodsUntil(last) + 1);
    }

    /** The periods, oldest first. */
    public List<Period> periods() {
        List<Period> periods = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            periods.add(first.plus(i));
        }
        return periods;
    }
}
