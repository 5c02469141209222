package io.csiloop.application.kpi;

import io.csiloop.kernel.RecordChecks;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.Rebase;
import io.csiloop.kpi.Rebases;
import io.csiloop.kpi.StoredRebase;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Approving a rebase of a measure's control chart and reading the history of its approvals. A person approves one
 * with a reason, on a day that has come: the new phase begins with the first period starting at or after that day
 * (a period already under way stays in the old phase), so two rebases in one period are one rebase twice.
 */
public final class MeasureRebases {

    /** The day is no {@code yyyy-MM-dd} ({0} the text). */
    static final String NOT_A_DAY = "csiloop.rebase.error.notADay";
    /** The day is after today in the reporting zone ({0} the day). */
    static final String FUTURE = "csiloop.rebase.error.future";
    /** Longest reason kept. */
    public static final int REASON_MAX = 2_000;

    private final Rebases rebases;
    private final Clock clock;
    private final ReportingZone zone;

    public MeasureRebases(Rebases rebases, Clock clock, ReportingZone zone) {
        this.rebases = rebases;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Records the rebase approved now by {@code approver}.
     *
     * @param day the day the new phase is asked to begin, {@code yyyy-MM-dd} in the reporting zone
     * @throws io.csiloop.kernel.InvalidRecord on {@code at} (missing, no day, in the future) and {@code reason}
     *     (missing, blank, too long), every error at once
     * @throws io.csiloop.kpi.DuplicateRebase when the measure already has a rebase beginning with the same period
     */
    public StoredRebase approve(StoredDefinition measure, String day, String reason, String approver) {
        RecordChecks checks = new RecordChecks().required("at", day == null || day.isBlank() ? null : day);
        checks.requiredText("reason", reason, REASON_MAX);
        LocalDate at = null;
        if (day != null && !day.isBlank()) {
            try {
                at = LocalDate.parse(day, DateTimeFormatter.ISO_LOCAL_DATE);
                if (at.isAfter(LocalDate.now(clock.withZone(zone.zone())))) {
                    checks.add("at", FUTURE, day);
                }
            } catch (DateTimeParseException notADay) {
                checks.add("at", NOT_A_DAY, day);
            }
        }
        checks.orRefuse("invalid rebase");
        Instant start = at.atStartOfDay(zone.zone()).toInstant();
        return rebases.approve(measure.id(), phaseStart(measure, start),
                new Rebase(start, reason.strip(), approver, clock.instant()));
    }

    /** Every approval of the measure, oldest first. */
    public List<StoredRebase> history(StoredDefinition measure) {
        return rebases.of(measure.id());
    }

    /** The start of the first period of the measure at or after the instant. */
    private Instant phaseStart(StoredDefinition measure, Instant at) {
        Period holding = Period.containing(measure.definition().period(), at, zone.zone());
        return holding.start().equals(at) ? at : holding.next().start();
    }
}
