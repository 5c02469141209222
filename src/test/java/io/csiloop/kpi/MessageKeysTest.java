package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Messages;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every label a user can see of a measurement or KPI enum has an English message. */
class MessageKeysTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void hasAnEnglishMessage(String key) {
        assertTrue(Messages.has(key), "missing in i18n/csiloop.properties: " + key);
    }

    static Stream<String> keys() {
        return Stream.of(
                keys(Direction.values(), Direction::messageKey),
                keys(Aggregation.values(), Aggregation::messageKey),
                keys(PeriodUnit.values(), PeriodUnit::messageKey),
                keys(MeasurementSource.values(), MeasurementSource::messageKey),
                keys(KpiStatus.values(), KpiStatus::messageKey),
                keys(Forecast.Outcome.values(), Forecast.Outcome::messageKey), List.of(Forecast.STABLE_AROUND_MET_KEY),
                keys(SignalRule.values(), SignalRule::messageKey),
                keys(Verdict.values(), Verdict::messageKey),
                keys(RuleProfile.values(), RuleProfile::messageKey),
                keys(SignalMeaning.values(), SignalMeaning::messageKey),
                keys(VariationIcon.values(), VariationIcon::messageKey),
                keys(AssuranceIcon.values(), AssuranceIcon::messageKey)).flatMap(List::stream);
    }

    private static <E> List<String> keys(E[] constants, Function<E, String> key) {
        return Arrays.stream(constants).map(key).toList();
    }
}
