package io.csiloop.view;

import io.csiloop.improvement.RegisterChoices;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.FourDimension;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An improvement's CSI register fields as the panel edits them: the texts, and the choices with the current ones
 * marked. The choices are stored as tokens (the store keeps the register free of the model's types). The benefit's
 * numbers are shown as typed back (no grouping, no trailing zeros); the realised benefit is asked for at Improved
 * ({@code improved}), and shown read only at other statuses once recorded.
 */
public record RegisterForm(String objective, String expectedBenefit, String effort, String justification,
                           List<Choice> dimensions, List<Choice> valueChain, List<Choice> sources,
                           BenefitFields benefit, boolean improved) {

    public RegisterForm {
        dimensions = List.copyOf(dimensions);
        valueChain = List.copyOf(valueChain);
        sources = List.copyOf(sources);
    }

    static RegisterForm of(Optional<RegisterEntry> stored, boolean improved, MessageSource messages) {
        RegisterEntry e = stored.orElse(new RegisterEntry(1, 1, 1, null, null, null, null, Set.of(), null, null));
        List<Choice> dimensions = Stream.of(FourDimension.values()).map(d -> new Choice(d.name(),
                messages.text(d.nameKey(), List.of()), e.fourDimensions().contains(d.name()))).toList();
        return new RegisterForm(text(e.objective()), text(e.expectedBenefit()), text(e.effort()), text(e.justification()),
                dimensions, choices("csiloop.ui.register.valueChain.", RegisterChoices.VALUE_CHAIN, e.valueChainActivity(), messages),
                choices("csiloop.ui.register.source.", RegisterChoices.SOURCES, e.source(), messages),
                BenefitFields.of(e.benefit()), improved);
    }

    private static List<Choice> choices(String prefix, List<String> values, String current, MessageSource messages) {
        return values.stream().map(v -> new Choice(v, messages.text(prefix + v, List.of()), v.equals(current))).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getObjective() {
        return objective;
    }

    public String getExpectedBenefit() {
        return expectedBenefit;
    }

    public String getEffort() {
        return effort;
    }

    public String getJustification() {
        return justification;
    }

    public List<Choice> getDimensions() {
        return dimensions;
    }

    public List<Choice> getValueChain() {
        return valueChain;
    }

    public List<Choice> getSources() {
        return sources;
    }

    public BenefitFields getBenefit() {
        return benefit;
    }

    /** Whether the realised benefit may be recorded now (the improvement is Improved). */
    public boolean isImproved() {
        return improved;
    }

    /** Whether the realised benefit shows: at Improved, and at other statuses once recorded. */
    public boolean isRealisedShown() {
        return improved || !benefit.realisedValue().isEmpty() || !benefit.realisedNote().isEmpty();
    }
}
