package io.csiloop.view;

import io.csiloop.process.AnswerState;
import io.csiloop.process.ItemKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checklist template puts on every item the states the panel's script sends, so the script spells none: the
 * open state, the state a tick or a written text gives, and each principle choice's own state.
 */
class GateChecklistTemplateTest {

    @Test
    void shouldRenderTheStatesOfEachItemForTheScript() throws Exception {
        GateChecklist gate = new GateChecklist("lifecycle.planning-exit", "Plan complete", "Start executing", List.of(
                new ChecklistItem("scope", ItemKind.TEXT, "Scope", "", AnswerState.WRITTEN, "HR"),
                new ChecklistItem("principle.focus-on-value", ItemKind.PRINCIPLE, "Focus on value", "",
                        AnswerState.NOT_APPLICABLE, "internal only"),
                new ChecklistItem("dimension.partners-and-suppliers", ItemKind.DIMENSION, "Partners", "", AnswerState.OPEN, ""),
                new ChecklistItem("charter.risks-reviewed", ItemKind.FLAG, "Risks reviewed", "", AnswerState.DONE, "")),
                List.of());

        String html = new JiraVelocity().render("templates/panels/gate-checklist.vm", Map.of("gate", gate,
                "mayEdit", true, "gateIssueKey", "SVC-1", "i18n", new JiraVelocity.KeysAsText()));

        assertAll(() -> assertTrue(html.contains("data-item-key=\"scope\" data-kind=\"text\" data-open-state=\"OPEN\" "
                        + "data-answered-state=\"WRITTEN\""), html),
                () -> assertTrue(html.contains("data-kind=\"dimension\" data-open-state=\"OPEN\" "
                        + "data-answered-state=\"CONSIDERED\""), html),
                () -> assertTrue(html.contains("value=\"APPLIED\"><label"), "applied is not chosen: " + html),
                () -> assertTrue(html.contains("value=\"NOT_APPLICABLE\" checked>"), html),
                () -> assertTrue(html.contains("data-kind=\"flag\" data-open-state=\"OPEN\" data-answered-state=\"DONE\""), html),
                () -> assertTrue(html.matches("(?s).*id=\"csiloop-ev-SVC-1-lifecycle-planning-exit-4\" checked>.*"), "the box is ticked: " + html));
    }

    @Test
    void shouldShowAPassedGateLockedWithAnAmendActionAndItsHistoryEscaped() throws Exception {
        GateChecklist gate = new GateChecklist("lifecycle.planning-exit", "Plan complete", "Start executing",
                List.of(new ChecklistItem("scope", ItemKind.TEXT, "Scope", "", AnswerState.WRITTEN, "HR")), List.of(),
                "2026-11-26", List.of(new EvidenceVersion("Scope", 2, "alice", "2026-11-27 09:00 UTC", "WRITTEN: HR",
                        "WRITTEN: HR <script>alert(1)</script>", "board <b>asked</b>")));

        String html = new JiraVelocity().render("templates/panels/passed-gates.vm", Map.of("passedGates", List.of(gate),
                "mayEdit", true, "gateIssueKey", "SVC-1", "i18n", new JiraVelocity.KeysAsText()));
        String readOnly = new JiraVelocity().render("templates/panels/passed-gates.vm", Map.of("passedGates",
                List.of(gate), "mayEdit", false, "gateIssueKey", "SVC-1", "i18n", new JiraVelocity.KeysAsText()));

        assertAll(() -> assertTrue(html.contains("[csiloop.ui.gate.locked 2026-11-26]"), html),
                () -> assertTrue(html.contains("csiloop-evidence-form csiloop-evidence-locked"), html),
                () -> assertTrue(html.matches("(?s).*<textarea class=\"textarea\" rows=\"2\" id=\"[^\"]+\" readonly>HR<.*"),
                        "locked until Amend: " + html),
                () -> assertTrue(html.contains("csiloop-evidence-amend"), html),
                () -> assertTrue(html.contains("name=\"reason\" maxlength=\"450\""), html),
                () -> assertTrue(html.contains("WRITTEN: HR &lt;script&gt;alert(1)&lt;/script&gt;"), html),
                () -> assertTrue(html.contains("board &lt;b&gt;asked&lt;/b&gt;"), html),
                () -> assertTrue(html.contains("class=\"csiloop-amendment\""), html),
                () -> assertFalse(html.contains("<script>"), html),
                () -> assertFalse(readOnly.contains("csiloop-evidence-amend"), "no Amend without Edit Issues"),
                () -> assertFalse(readOnly.contains("csiloop-evidence-save"), readOnly));
    }
}
