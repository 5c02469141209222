package io.csiloop.improvement;

import io.csiloop.lifecycle.ChecklistItem;
import io.csiloop.lifecycle.CsiloopMessages;
import io.csiloop.lifecycle.FourDimension;
import io.csiloop.lifecycle.GuidingPrinciple;
import io.csiloop.lifecycle.HandoverItem;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.ManagementPractice;
import io.csiloop.lifecycle.ValueChainActivity;
import io.csiloop.lifecycle.ProjectCheck;
import io.csiloop.lifecycle.ProjectLifecycle;
import io.csiloop.process.EvidenceCheck;
import io.csiloop.process.Gate;
import io.csiloop.process.GateVerdict;
import io.csiloop.process.Resolution;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every message the two process models can ask for is in csiloop.properties, and nothing else is. */
class ProcessModelMessagesTest {

    private static final CsiloopMessages MESSAGES = new CsiloopMessages();
    private static final Set<String> PREFIXES = Set.of(
            "csiloop.lifecycle.", "csiloop.improvement.", "csiloop.gate.", "csiloop.evidence.");

    /** Every i18n key the process models can produce: names, guidance, gates and missing evidence. */
    static Stream<String> producibleKeys() {
        return Stream.of(
                Stream.of(ProjectLifecycle.WORKFLOW, SevenStepImprovement.WORKFLOW).flatMap(ProcessModelMessagesTest::keysOf),
                Stream.of(LifecycleGate.values(), ImprovementGate.values()).flatMap(Stream::of).map(Gate::nameKey),
                Stream.of(GateVerdict.REFUSED_KEY),
                Stream.of(ProjectCheck.values(), ImprovementCheck.values()).flatMap(Stream::of)
                        .map(EvidenceCheck::messageKey),
                Stream.of(GuidingPrinciple.values(), FourDimension.values(), HandoverItem.values(),
                        ValueChainActivity.values()).flatMap(Stream::of).flatMap(ProcessModelMessagesTest::keysOf),
                Stream.of(ManagementPractice.values()).map(ChecklistItem::nameKey), // a practice has a name, no hint
                Stream.of(Resolution.values()).map(Resolution::nameKey),
                Stream.of(PdcaStage.values()).map(PdcaStage::nameKey)
        ).flatMap(keys -> keys).distinct();
    }

    private static Stream<String> keysOf(WorkflowModel model) {
        return Stream.of(
                Stream.of(model.nameKey()),
                model.statuses().stream().flatMap(ProcessModelMessagesTest::keysOf),
                model.transitions().stream().map(t -> t.nameKey())).flatMap(keys -> keys);
    }

    private static Stream<String> keysOf(WorkflowStatus status) {
        return Stream.of(status.nameKey(), status.guidance().valueChainKey(), status.guidance().practicesKey(),
                status.guidance().nowKey());
    }

    private static Stream<String> keysOf(ChecklistItem item) {
        return Stream.of(item.nameKey(), item.hintKey());
    }

    @ParameterizedTest
    @MethodSource("producibleKeys")
    void hasAnEnglishMessageThatFormats(String key) {
        String pattern = MESSAGES.pattern(key);

        assertFalse(pattern.isBlank(), key);
        assertFalse(pattern.contains("'"), () -> key + ": an apostrophe would vanish in MessageFormat");
        new MessageFormat(pattern, Locale.ENGLISH);
    }

    @Test
    void holdsNoProcessModelMessageThatNothingProduces() {
        Set<String> produced = producibleKeys().collect(Collectors.toSet());
        Set<String> unused = MESSAGES.keys().stream()
                .filter(key -> PREFIXES.stream().anyMatch(key::startsWith))
                .filter(key -> !produced.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), unused);
    }
}
