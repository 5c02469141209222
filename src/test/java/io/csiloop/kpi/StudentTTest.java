package io.csiloop.kpi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Student's t distribution function against published and closed-form values. */
class StudentTTest {

    /**
     * The NIST/SEMATECH e-Handbook of Statistical Methods, § 1.3.6.7.2 "Critical Values of the Student's t
     * Distribution" (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3672.htm): the upper critical value
     * t(ν) for the tail 1 − p, printed to three decimals. Rounding the critical value to three decimals moves the
     * probability by less than 2e-5 here.
     */
    @ParameterizedTest(name = "NIST table: P(T ≤ {2}) = {1} with {0} degrees of freedom")
    @CsvSource({
        "1,   0.95,  6.314",
        "1,   0.975, 12.706",
        "5,   0.975, 2.571",
        "10,  0.975, 2.228",
        "10,  0.99,  2.764",
        "20,  0.995, 2.845",
        "30,  0.975, 2.042",
        "100, 0.975, 1.984",
    })
    void agreesWithTheNistTableOfCriticalValues(double degreesOfFreedom, double probability, double critical) {
        assertEquals(probability, StudentT.cdf(critical, degreesOfFreedom), 2e-5);
        assertEquals(1 - probability, StudentT.cdf(-critical, degreesOfFreedom), 2e-5);
    }

    /**
     * To full precision: the values R's {@code pt(t, df)} returns, here computed independently with mpmath 1.3.0
     * ({@code betainc} at 30 digits) and agreeing with scipy 1.17.1's {@code scipy.stats.t.cdf} (Boost) to 16
     * digits.
     */
    @ParameterizedTest(name = "pt({0}, {1}) = {2}")
    @CsvSource({
        "2.0,  5,    0.94903026058507082",
        "-1.5, 10,   0.082253663222720102",
        "3.0,  3,    0.97116555718878135",
        "-0.3, 7,    0.38644502520106722",
        "4.0,  100,  0.99993923817784962",
        "1.96, 1000, 0.97486340752212553",
    })
    void agreesWithAnIndependentComputationToTwelveDigits(double t, double degreesOfFreedom, double expected) {
        assertEquals(expected, StudentT.cdf(t, degreesOfFreedom), 1e-12);
    }

    /** With 1 degree of freedom T is Cauchy, F(t) = 1/2 + atan(t)/π; with 2, F(t) = 1/2 + t / (2 √(2 + t²)). */
    @Test
    void agreesWithTheClosedFormsForOneAndTwoDegreesOfFreedom() {
        for (double t = -30; t <= 30; t += 0.37) {
            assertEquals(0.5 + Math.atan(t) / Math.PI, StudentT.cdf(t, 1), 1e-13, "ν = 1, t = " + t);
            assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), StudentT.cdf(t, 2), 1e-13, "ν = 2, t = " + t);
        }
    }

    @Test
    void theTwoSidedTailIsTwiceTheOneSidedOne() {
        assertEquals(1, StudentT.twoSided(0, 10), 1e-15);
        assertEquals(2 * 0.082253663222720102, StudentT.twoSided(1.5, 10), 1e-12);
        assertEquals(0, StudentT.twoSided(Double.POSITIVE_INFINITY, 4));
        assertThrows(IllegalArgumentException.class, () -> StudentT.twoSided(1, 0));
        assertThrows(IllegalArgumentException.class, () -> StudentT.twoSided(Double.NaN, 3));
    }
}
