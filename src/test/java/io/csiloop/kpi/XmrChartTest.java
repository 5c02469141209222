package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.csiloop.measure.PeriodUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The XmR chart against a published worked example.
 *
 * <p>Source: NIST/SEMATECH e-Handbook of Statistical Methods, section 6.3.2.2 "Individuals Control
 * Charts", example "A new process was studied in order to monitor flow rate. The first 10 batches
 * resulted in ...", https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc322.htm. Printed there:
 * mean 50.81, average moving range 1.8778, individuals UCL 55.8041 and LCL 45.8159 (computed as
 * mean &plusmn; 3 &times; MR&#772;/1.128), and "the process is in control, since none of the plotted points
 * fall outside either the UCL or LCL". Each figure is reproduced here to its printed precision, i.e.
 * within half a unit of its last printed digit. The handbook's moving-range UCL uses D4 = 3.267;
 * ours uses 3.268 (Wheeler), so that line is checked against its own arithmetic instead.
 */
class XmrChartTest {

    private static final double[] NIST_FLOW_RATE = {49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1};

    @Test
    void reproducesTheNistFlowRateExampleToItsPrintedPrecision() {
        XmrChart chart = XmrChart.of(NIST_FLOW_RATE).orElseThrow();
        XmrLimits limits = chart.limits();
        assertEquals(50.81, limits.centre(), 0.005);
        assertEquals(1.8778, limits.averageMovingRange(), 0.00005);
        assertEquals(55.8041, limits.upperLimit(), 0.00005);
        assertEquals(45.8159, limits.lowerLimit(), 0.00005);
        assertEquals(List.of(), chart.signals(), "in control, as the handbook finds");
    }

    @Test
    void theUpperRangeLimitIs3268TimesTheAverageMovingRange() {
        XmrLimits limits = XmrLimits.of(NIST_FLOW_RATE);
        assertEquals(16.9 / 9 * 3.268, limits.upperRangeLimit(), 1e-12); // the moving ranges add up to 16.9
        assertEquals(6.1366, limits.upperRangeLimit(), 0.00005);
        assertEquals(16.9 / 9 / 1.128, limits.sigma(), 1e-12);
    }

    @Test
    void chartsTheValuesOfPeriods() {
        Period first = new Period(PeriodUnit.MONTH, LocalDate.parse("2026-01-01"), ZoneId.of("UTC"));
        List<KpiValue> values = new ArrayList<>();
        for (int i = 0; i < NIST_FLOW_RATE.length; i++) {
            values.add(new KpiValue(first.plus(i), NIST_FLOW_RATE[i], 3));
        }
        assertEquals(XmrChart.of(NIST_FLOW_RATE), XmrChart.of(values));
    }

    @Test
    void needsTwoValuesForAMovingRange() {
        assertEquals(Optional.empty(), XmrChart.of(42.0));
        assertEquals(Optional.empty(), XmrChart.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> XmrLimits.of(new double[] {1}));
    }
}
