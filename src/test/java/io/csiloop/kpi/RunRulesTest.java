package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The run rules on limits with centre 0 and sigma exactly 1 (average moving range 1.128). */
class RunRulesTest {

    private static final XmrLimits UNIT_SIGMA = new XmrLimits(0, XmrLimits.D2);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheSignals(String what, double[] values, List<String> expected) {
        List<String> found = RunRules.signals(values, UNIT_SIGMA).stream()
                .map(s -> s.rule() + s.points().toString().replace(" ", "")).toList();
        assertEquals(expected, found);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                signals("points beyond the limits and a jump", values(0.5, 3.5, -0.5, -3.01),
                        "BEYOND_LIMIT[1]", "RANGE_BEYOND_LIMIT[1,2]", "BEYOND_LIMIT[3]"),
                signals("points on the lines are not beyond them", values(3, -0.1, 2, 2, -0.1, 1, 1, 1, 1)),
                signals("a jump of 3.69 sigma", values(-1.85, 1.85), "RANGE_BEYOND_LIMIT[0,1]"),
                signals("eight above", repeat(0.5, 8), "RUN_OF_EIGHT[0,1,2,3,4,5,6,7]"),
                signals("seven above", repeat(0.5, 7)),
                signals("ten below, once", repeat(-0.5, 10), "RUN_OF_EIGHT[0,1,2,3,4,5,6,7,8,9]"),
                signals("a point on the centre line breaks a run", values(.5, .5, .5, .5, 0, .5, .5, .5, .5)),
                signals("eight above, then eight below", concat(repeat(0.5, 8), repeat(-0.5, 8)),
                        "RUN_OF_EIGHT[0,1,2,3,4,5,6,7]", "RUN_OF_EIGHT[8,9,10,11,12,13,14,15]"),
                signals("two of three beyond two sigma", values(2.5, 0, 2.5), "TWO_OF_THREE_BEYOND_TWO_SIGMA[0,2]"),
                signals("two of three, but on both sides", values(2.5, 0, -2.5)),
                signals("two of four is not two of three", values(2.5, 0, 0, 2.5)),
                signals("overlapping windows make one signal", values(2.5, 0, 2.5, 0, 2.5),
                        "TWO_OF_THREE_BEYOND_TWO_SIGMA[0,2,4]"),
                signals("separate windows make two", values(-2.5, -2.5, 0, 0, 0, -2.5, -2.5),
                        "TWO_OF_THREE_BEYOND_TWO_SIGMA[0,1]", "TWO_OF_THREE_BEYOND_TWO_SIGMA[5,6]"),
                signals("four of five beyond one sigma", values(1.5, 1.5, -0.2, 1.5, 1.5),
                        "FOUR_OF_FIVE_BEYOND_ONE_SIGMA[0,1,3,4]"),
                signals("three of five is not four", values(1.5, 1.5, -0.2, -0.2, 1.5)),
                signals("four of five below", values(-1.5, -1.5, -1.5, -1.5, 0.2),
                        "FOUR_OF_FIVE_BEYOND_ONE_SIGMA[0,1,2,3]"));
    }

    private static Arguments signals(String what, double[] values, String... expected) {
        return Arguments.of(what, values, List.of(expected));
    }

    private static double[] values(double... values) {
        return values;
    }

    private static double[] repeat(double value, int count) {
        double[] values = new double[count];
        Arrays.fill(values, value);
        return values;
    }

    private static double[] concat(double[] first, double[] second) {
        double[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
