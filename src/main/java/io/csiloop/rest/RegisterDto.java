package io.csiloop.rest;

import io.csiloop.application.process.ImprovementPlace;
import io.csiloop.application.process.RegisterFields;
import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.RegisterEntry;

import java.util.List;

/**
 * The CSI register fields of an Improvement issue (Jira keeps its summary, assignee, priority and due date).
 * Choices are the process model's constant names, e.g. {@code VALUE_STREAMS_AND_PROCESSES}. The expected benefit
 * is described by {@code expectedBenefit} and given as a number by {@code expectedValue} in {@code unit} by
 * {@code expectedBy} ({@code yyyy-MM-dd}); {@code realisedValue} (same unit) and {@code realisedNote} are recorded
 * once the improvement is Improved.
 *
 * @param cycle the improvement cycle, from 1; read only ("start next cycle" is a workflow transition)
 */
public record RegisterDto(int cycle, String objective, String expectedBenefit, String effort, String justification,
        List<String> fourDimensions, String valueChainActivity, String source, Double expectedValue, String unit,
        String expectedBy, Double realisedValue, String realisedNote) implements JsonBody {

    static RegisterDto of(RegisterEntry entry) {
        Benefit b = entry.benefit();
        return new RegisterDto(entry.cycle(), entry.objective(), entry.expectedBenefit(), entry.effort(),
                entry.justification(), entry.fourDimensions().stream().sorted().toList(), entry.valueChainActivity(),
                entry.source(), b.expectedValue(), b.unit(), b.expectedBy() == null ? null : b.expectedBy().toString(),
                b.realisedValue(), b.realisedNote());
    }

    /** The register entry of an issue that has none yet: cycle 1, every field empty. */
    static RegisterDto empty() {
        return new RegisterDto(1, null, null, null, null, List.of(), null, null, null, null, null, null, null);
    }

    /** The fields a client sets; all optional, the cycle is not among them. */
    public record InputDto(String objective, String expectedBenefit, String effort, String justification,
            List<String> fourDimensions, String valueChainActivity, String source, Double expectedValue, String unit,
            String expectedBy, Double realisedValue, String realisedNote) implements JsonBody {

        RegisterFields fields() {
            return new RegisterFields(objective, expectedBenefit, effort, justification, fourDimensions,
                    valueChainActivity, source, expectedValue, unit, expectedBy, realisedValue, realisedNote);
        }
    }

    /** An Improvement issue's place in the seven steps with its register fields. */
    public record ImprovementDto(ProcessDto process, RegisterDto register) implements JsonBody {

        static ImprovementDto of(ImprovementPlace place, ApiMessages messages) {
            return new ImprovementDto(ProcessDto.of(place.process(), messages),
                    place.register().map(RegisterDto::of).orElse(empty()));
        }
    }
}
