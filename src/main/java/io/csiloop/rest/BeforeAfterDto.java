package io.csiloop.rest;

import io.csiloop.application.kpi.KpiAnalysis;
import io.csiloop.kpi.BeforeAfter;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.MannWhitneyU;
import io.csiloop.kpi.ShiftEstimate;
import io.csiloop.kpi.SignalMeaning;
import io.csiloop.kpi.Verdict;
import io.csiloop.kpi.VerdictReason;
import io.csiloop.kpi.XmrLimits;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDefinition;

import java.util.List;
import java.util.Optional;

/**
 * "Did it work?": by default the verdict at an improvement cycle's go-live (the one the gate of step 7 and the pack
 * read), or the periods either side of an instant the caller names. Without a verdict (no go-live, no complete period
 * since, nothing before and no baseline number) the numbers are null and {@code reasons} says why.
 *
 * @param changeAt the instant of the change; the period containing it belongs to neither side; null without a go-live
 * @param change the go-live the verdict is read at; null for an instant the caller named, or without a go-live
 * @param baselineNumberUsed whether the definition's baseline number was the before sample (no period precedes)
 * @param pValueMethod how the p-value was computed: "exact" or "normal approximation", as R's {@code wilcox.test}
 *     chooses
 * @param shiftEstimate the Hodges-Lehmann shift with its confidence interval; null beyond
 *     {@link ShiftEstimate#MAX_PAIRS} pairs of values, or without a verdict
 * @param testMessage the p-value and its method in words
 * @param reasons the verdict with its reasons in words, or why there is none
 * @param sustainedShift whether a run rule fired on the after periods against the before limits, either way
 * @param secondOpinion the control chart's second opinion: a sustained shift in the improving direction
 */
public record BeforeAfterDto(int definitionId, String changeAt, ChangeDto change, int periodsBefore, int periodsAfter,
        boolean baselineNumberUsed, Double meanBefore, Double meanAfter, Double shift,
        KpiDto.ShiftEstimateDto shiftEstimate, Double u, Double z, Double pValue, String pValueMethod,
        String testMessage, double alpha, Verdict verdict, String verdictMessage, String reasons,
        boolean sustainedShift, List<KpiDto.SignalDto> afterSignals, SecondOpinionDto secondOpinion)
        implements JsonBody {

    /**
     * The go-live a verdict is read at.
     *
     * @param recorded true when a person recorded the date in step 7's evidence; false while it is the moment the
     *     issue entered step 7
     */
    public record ChangeDto(String issueKey, int cycle, String at, boolean recorded) implements JsonBody {

        static ChangeDto of(GoLive goLive) {
            return new ChangeDto(goLive.issueKey(), goLive.cycle(), goLive.at().toString(), goLive.recorded());
        }
    }

    /**
     * The control chart's second opinion on the after periods, read against the before limits.
     *
     * @param sustainedShift whether a run (a shift rule) fired in the improving direction
     * @param signals every signal of the after periods against the before limits
     */
    public record SecondOpinionDto(boolean sustainedShift, List<KpiDto.SignalDto> signals) implements JsonBody {
    }

    /** The verdict at a cycle's go-live, or why there is none. */
    static BeforeAfterDto of(StoredDefinition stored, ChangeVerdict verdict, ApiMessages messages) {
        String reasons = VerdictReason.in(verdict.reasons(), messages::text);
        ChangeDto change = verdict.change().map(ChangeDto::of).orElse(null);
        String at = verdict.change().map(g -> g.at().toString()).orElse(null);
        Optional<BeforeAfter> comparison = verdict.comparison();
        if (comparison.isEmpty()) {
            return new BeforeAfterDto(stored.id(), at, change, verdict.before().size(), verdict.after().size(), false,
                    null, null, null, null, null, null, null, null, null, BeforeAfter.DEFAULT_ALPHA, null, null,
                    reasons, false, List.of(), new SecondOpinionDto(false, List.of()));
        }
        return of(stored, at, change, verdict.before().size(), verdict.after(), verdict.baselineNumberUsed(),
                comparison.get(), reasons, verdict.improvingShift(), messages);
    }

    /** The comparison around an instant the caller named, whose both sides have data. */
    static BeforeAfterDto of(StoredDefinition stored, KpiAnalysis.Change change, BeforeAfter result,
            ApiMessages messages) {
        return of(stored, change.changeAt().toString(), null, change.before().size(), change.after(), false, result,
                messages.text(result.verdict().messageKey(), List.of()), result.sustainedShift(), messages);
    }

    private static BeforeAfterDto of(StoredDefinition stored, String at, ChangeDto change, int before,
            List<KpiValue> after, boolean baselineNumber, BeforeAfter result, String reasons, boolean improvingShift,
            ApiMessages messages) {
        MannWhitneyU test = result.test();
        MeasurementDefinition definition = stored.definition();
        double centre = result.baselineLimits().map(XmrLimits::centre).orElse(result.meanBefore());
        List<KpiDto.SignalDto> signals = KpiDto.SignalDto.of(result.afterSignals(), after, signal -> SignalMeaning.of(
                signal.side(), definition.direction(), definition.band(), centre), messages);
        return new BeforeAfterDto(stored.id(), at, change, before, after.size(), baselineNumber, result.meanBefore(),
                result.meanAfter(), result.shift(),
                result.shiftEstimate().map(s -> KpiDto.ShiftEstimateDto.of(s, messages)).orElse(null), test.u(),
                test.z(), test.pValue(), test.method().words(), messages.text("csiloop.kpi.test.words",
                        List.of(test.pInWords(), test.method().words())), result.alpha(), result.verdict(),
                messages.text(result.verdict().messageKey(), List.of()), reasons, result.sustainedShift(), signals,
                new SecondOpinionDto(improvingShift, signals));
    }
}
