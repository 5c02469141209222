package io.csiloop.lifecycle;

import io.csiloop.process.MissingEvidence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recording evidence only ever shortens what a lifecycle gate lists as missing: no gate asks for
 * something new because something else was filled in.
 */
class LifecycleGateProperties {

    @Provide
    Arbitrary<ProjectEvidence> evidence() {
        return Combinators.combine(
                Arbitraries.of(Charter.empty(), new Charter("A purpose", List.of(" "), false),
                        ProjectEvidenceFixture.completeCharter()),
                Arbitraries.of(ScopeAndRequirements.empty(), new ScopeAndRequirements("", List.of("One queue")),
                        ProjectEvidenceFixture.completeScope()),
                Arbitraries.of(GuidingPrinciplesChecklist.empty(), new GuidingPrinciplesChecklist(Map.of(
                        GuidingPrinciple.FOCUS_ON_VALUE, new PrincipleAnswer.NotApplicable(""))),
                        ProjectEvidenceFixture.allPrinciplesAnswered()),
                Arbitraries.of(FourDimensionsCoverage.empty(), new FourDimensionsCoverage(Map.of(
                        FourDimension.PARTNERS_AND_SUPPLIERS, "None involved")),
                        ProjectEvidenceFixture.allDimensionsConsidered()),
                Arbitraries.of(ProgressReport.empty(), new ProgressReport("On plan")),
                Arbitraries.of(HandoverChecklist.empty(), new HandoverChecklist(Set.of(HandoverItem.SUPPORT_MODEL)),
                        ProjectEvidenceFixture.complete().handover())
        ).as(ProjectEvidence::new);
    }

    /** The evidence with one of its six parts recorded in full. */
    private static ProjectEvidence completing(ProjectEvidence e, int part) {
        ProjectEvidence full = ProjectEvidenceFixture.complete();
        return new ProjectEvidence(
                part == 0 ? full.charter() : e.charter(),
                part == 1 ? full.scope() : e.scope(),
                part == 2 ? full.principles() : e.principles(),
                part == 3 ? full.dimensions() : e.dimensions(),
                part == 4 ? full.progress() : e.progress(),
                part == 5 ? full.handover() : e.handover());
    }

    @Property
    void completingAnyPartNeverAddsAMissingItem(@ForAll("evidence") ProjectEvidence evidence,
                                                @ForAll LifecycleGate gate,
                                                @ForAll("parts") int part) {
        List<MissingEvidence> before = gate.missingFrom(ProjectEvidenceFixture.review(evidence));
        List<MissingEvidence> after = gate.missingFrom(ProjectEvidenceFixture.review(completing(evidence, part)));

        assertTrue(before.containsAll(after), () -> "before " + before + ", after " + after);
    }

    @Provide
    Arbitrary<Integer> parts() {
        return Arbitraries.integers().between(0, 5);
    }
}
