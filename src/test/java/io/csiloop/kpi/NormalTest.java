package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Φ against values computed independently as 0.5 · erfc(-z / √2) (Python's math.erfc, C library). */
class NormalTest {

    @ParameterizedTest(name = "Φ({0}) = {1}")
    @CsvSource({
        "0,    0.5",
        "0.5,  0.6914624612740131",
        "-1,   0.15865525393145707",
        "1.96, 0.9750021048517795",
        "-2.5, 0.006209665325776139",
        "3,    0.9986501019683699",
        "-5,   2.866515718791946e-07",
        "-8,   6.220960574271819e-16",
        "-40,  0",
        "40,   1",
    })
    void agreesWithTheErrorFunction(double z, double expected) {
        assertEquals(expected, Normal.cdf(z), 1e-15);
    }
}
