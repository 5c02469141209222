package io.csiloop.view;

import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.MessageSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The register form's benefit: numbers as typed back, and the realised benefit asked for at Improved only. */
class RegisterFormBenefitTest {

    private static final MessageSource KEYS = (key, params) -> key;
    private static final RegisterEntry PLANNED = new RegisterEntry(7, 1, 1, null, "Fewer calls", null, null, Set.of(),
            null, null, new Benefit(48_000.0, "EUR per year", LocalDate.of(2027, 3, 31), null, null));

    @Test
    void shouldShowTheNumbersAsAPersonTypesThem() {
        BenefitFields fields = RegisterForm.of(Optional.of(PLANNED.withBenefit(PLANNED.benefit()
                .withRealised(new Benefit(null, null, null, 0.1 + 0.2, "n")))), true, KEYS).benefit();

        assertAll(() -> assertEquals("48000", fields.expectedValue(), "no 48000.0, no 4.8E+4"),
                () -> assertEquals("0.30000000000000004", fields.realisedValue(), "every digit the store keeps"),
                () -> assertEquals("2027-03-31", fields.expectedBy()),
                () -> assertEquals(new BenefitFields("", "", "", "", ""),
                        RegisterForm.of(Optional.empty(), false, KEYS).benefit()));
    }

    @Test
    void shouldAskForTheRealisedBenefitAtImprovedAndShowARecordedOneElsewhere() {
        RegisterEntry realised = PLANNED.withBenefit(PLANNED.benefit().withRealised(new Benefit(null, null, null, 52_500.0, null)));

        assertAll(() -> assertEquals(true, RegisterForm.of(Optional.of(PLANNED), true, KEYS).isRealisedShown()),
                () -> assertEquals(false, RegisterForm.of(Optional.of(PLANNED), false, KEYS).isRealisedShown(),
                        "before Improved there is nothing to record yet"),
                () -> assertEquals(true, RegisterForm.of(Optional.of(realised), false, KEYS).isRealisedShown(),
                        "after Improved the one recorded shows"),
                () -> assertEquals(false, RegisterForm.of(Optional.of(realised), false, KEYS).isImproved(),
                        "read only there"));
    }
}
