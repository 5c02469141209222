package io.csiloop.view;

import io.csiloop.kernel.MessageSource;
import io.csiloop.kpi.BeforeAfter;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.Verdict;
import io.csiloop.kpi.VerdictReason;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * "Did it work?" for one measure of an Improvement, as its panel shows it from step 7 on: the {@link ChangeVerdict}
 * at the cycle's go-live (the one the gate of step 7, the pack and REST read), every text ready to print.
 *
 * @param name the measure's name
 * @param verdictLabel the verdict in one word ("Improved"); empty when there is no verdict
 * @param verdictStyle the AUI lozenge modifier: {@code success} (improved), {@code error} (worse), empty otherwise
 * @param reasons the verdict's sentences, or why there is none, in the words the pack and REST use
 * @param shift the shift with its interval, e.g. "Shift +16.07 (95 % confidence interval +14 to +18)"; empty without
 *     a verdict
 * @param goLive the day of the go-live with how it is known; empty when the cycle has none
 */
public record VerdictRow(String name, String verdictLabel, String verdictStyle, String reasons, String shift,
                         String goLive) {

    /** The row of a measure's verdict, dates read in the reporting zone. */
    static VerdictRow of(String name, ChangeVerdict verdict, MessageSource messages, ZoneId zone) {
        Optional<Verdict> judged = verdict.verdict();
        return new VerdictRow(name,
                judged.map(v -> messages.text("csiloop.kpi.change.verdict." + v.name(), List.of())).orElse(""),
                judged.map(VerdictRow::style).orElse(""),
                VerdictReason.in(verdict.reasons(), messages),
                verdict.comparison().map(c -> shift(c, messages)).orElse(""),
                verdict.change().map(g -> goLive(g, messages, zone)).orElse(""));
    }

    /** The shift as the pack's before/after table words it: signed, with its interval where there is one. */
    private static String shift(BeforeAfter comparison, MessageSource messages) {
        return comparison.shiftEstimate().map(s -> messages.text("csiloop.kpi.shift.words", List.of(
                        Numbers.signed(s.estimate()), Numbers.plain(100 * s.confidenceLevel()),
                        Numbers.signed(s.lower()), Numbers.signed(s.upper()))))
                .orElse(messages.text("csiloop.ui.verdict.shiftOfMeans", List.of(Numbers.signed(comparison.shift()))));
    }

    /** The go-live's day; one not recorded is the day the issue entered step 7, and the row asks for the real one. */
    private static String goLive(GoLive change, MessageSource messages, ZoneId zone) {
        String how = messages.text(change.recorded() ? "csiloop.ui.verdict.recorded" : "csiloop.ui.verdict.notRecorded",
                List.of());
        return messages.text("csiloop.ui.verdict.goLive",
                List.of(change.at().atZone(zone).toLocalDate().toString(), how));
    }

    private static String style(Verdict verdict) {
        return switch (verdict) {
            case IMPROVED -> "success";
            case WORSE -> "error";
            case NO_DETECTABLE_CHANGE -> "";
        };
    }

    public String getName() {
        return name;
    }

    public String getVerdictLabel() {
        return verdictLabel;
    }

    public String getVerdictStyle() {
        return verdictStyle;
    }

    public String getReasons() {
        return reasons;
    }

    public String getShift() {
        return shift;
    }

    public String getGoLive() {
        return goLive;
    }
}
