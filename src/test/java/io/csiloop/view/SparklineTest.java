package io.csiloop.view;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparklineTest {

    /** The coordinates are written as {@code %.1f} wrote them before, over the box and beyond it (tenths below 0). */
    @Test
    void coordinatesAreWrittenAsOneDecimal() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double value = i < 2_000 ? (i - 1_000) / 10.0 : random.nextDouble() * 120;
            if (Math.abs(value * 100 % 10) == 5) {
                continue; // exactly halfway in decimal: %.1f rounds the decimal expansion, Math.round the binary
            }
            assertEquals(String.format(Locale.ROOT, "%.1f", value), Sparkline.number(value), "value " + value);
        }
    }

    @Test
    void wholeAndNegativeNumbers() {
        assertEquals("0.0", Sparkline.number(0));
        assertEquals("100.0", Sparkline.number(100));
        assertEquals("2.0", Sparkline.number(1.96));
        assertEquals("-0.1", Sparkline.number(-0.06));
        assertEquals("0.0", Sparkline.number(-0.04)); // %.1f writes "-0.0"; no coordinate is below 0 anyway
    }
}
