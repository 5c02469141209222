package io.csiloop.rest;

import io.csiloop.kpi.Forecast;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.Verdict;
import java.util.List;

/**
 * The KPI analysis of one measurement definition over a time range, periods read in a time zone: each period's
 * value with its status and gap, the latest status and progress from the baseline, the trend with its
 * forecast, and the XmR control chart with its signals. Absent parts are null (no data, too few periods).
 */
public record KpiDto(int definitionId, String key, String unit, String zone, String from, String to,
        List<PeriodDto> periods, PeriodDto latest, KpiStatus status, Double progress, TrendDto trend,
        ChartDto chart) implements JsonBody {

    /** One period's KPI value; instants are ISO-8601 in UTC, the label is the period's name in the zone. */
    public record PeriodDto(String label, String start, String end, double value, int sampleCount,
            KpiStatus status, double gap, Double gapPercent) implements JsonBody {
    }

    /**
     * The least-squares trend of the last periods.
     *
     * @param forecastPeriod the label of the period in which the target is reached; null unless {@code REACHED_IN}
     * @param forecastMessage the forecast in English
     */
    public record TrendDto(double slopePerPeriod, double intercept, String firstPeriod, String lastPeriod,
            int valueCount, Forecast.Outcome forecast, String forecastPeriod, String forecastMessage)
            implements JsonBody {
    }

    /** The XmR chart's lines and the signals its run rules found. */
    public record ChartDto(double centre, double lowerLimit, double upperLimit, double averageMovingRange,
            double upperRangeLimit, List<SignalDto> signals) implements JsonBody {
    }

    /** A signal: the rule, its description, and the labels of the periods that make it. */
    public record SignalDto(SignalRule rule, String description, List<String> periods) implements JsonBody {
    }

    /**
     * "Did we get there?": the periods before a change against those after it.
     *
     * @param changeAt the instant of the change; the period containing it belongs to neither window
     */
    public record BeforeAfterDto(int definitionId, String changeAt, int periodsBefore, int periodsAfter,
            double meanBefore, double meanAfter, double shift, double u, double z, double pValue, double alpha,
            Verdict verdict, String verdictMessage, boolean sustainedShift, List<SignalDto> afterSignals)
            implements JsonBody {
    }
}
