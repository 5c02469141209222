package io.csiloop.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandTest {

    private final Band band = new Band(40, 70);

    @ParameterizedTest(name = "{0}: inside {1}, {2} outside, nearer end {3}")
    @CsvSource({
        "39.5, false, 0.5, 40",
        "40,   true,  0,   40",
        "55,   true,  0,   40",
        "55.5, true,  0,   70",
        "70,   true,  0,   70",
        "71,   false, 1,   70",
    })
    void placesAValue(double value, boolean inside, double distance, double nearerEnd) {
        assertEquals(inside, band.contains(value));
        assertEquals(distance, band.distanceTo(value));
        assertEquals(nearerEnd, band.nearerEnd(value));
    }
}
