package io.csiloop.view;

import io.csiloop.process.AnswerState;
import io.csiloop.process.ItemKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
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
                () -> assertTrue(html.matches("(?s).*id=\"csiloop-ev-SVC-1-4\" checked>.*"), "the box is ticked: " + html));
    }
}
