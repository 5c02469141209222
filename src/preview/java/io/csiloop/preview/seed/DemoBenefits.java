package io.csiloop.preview.seed;

import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.ImprovementRegister;

import java.time.LocalDate;

/**
 * The demo improvements' benefits as numbers: two in hours per month, two in euros per year, so that the totals
 * show that units are never added together; SVC-3, Improved, with the benefit it realised.
 */
final class DemoBenefits {

    private DemoBenefits() {
    }

    static void plant(ImprovementRegister register, LocalDate today) {
        expect(register, 10_002, new Benefit(60.0, "hours per month", today.plusDays(90), null, null));
        expect(register, 10_003, new Benefit(48_000.0, "EUR per year", today.minusDays(30), 52_500.0,
                "First-contact resolution rose from 62 % to 78 %: 1,750 fewer hand-overs a year at 30 EUR each."));
        expect(register, 10_006, new Benefit(25.0, "hours per month", today.plusDays(120), null, null));
        expect(register, 10_007, new Benefit(12_000.0, "EUR per year", today.plusDays(180), null, null));
    }

    private static void expect(ImprovementRegister register, long issueId, Benefit benefit) {
        register.find(issueId).ifPresent(entry -> register.save(entry.withBenefit(benefit)));
    }
}
