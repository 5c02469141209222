package io.csiloop.view;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.pack.StoredPack;
import io.csiloop.process.AnswerState;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceChange;
import io.csiloop.process.ItemKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steps 6 and 7 as the checklist templates render them: the go-live is a date input (the server still judges the
 * day); step 7's actions of the cycle before fill the next cycle's field, said to be carried over and not yet saved;
 * a produced pack is a link with its time in the gate's checklist and in its history, never its reference
 * {@code pack:<id>}; the panel says what "Confirm improvement" and "Start next cycle" will do.
 */
class ImplementStepTemplateTest {

    private static final String IMPLEMENT = ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT.id();
    private static final String PRESENT = ImprovementGate.PRESENT_KNOWLEDGE_EXIT.id();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theGoLiveIsADateInputAndTheActionsStartFromTheCycleBefore() throws Exception {
        GateChecklist gate = new GateChecklist(IMPLEMENT, "Improvement implemented", "Confirm improvement", List.of(
                new ChecklistItem("cycle-2.actions", ItemKind.LINES, "Improvement actions", "", AnswerState.OPEN, "",
                        1, "Rota <b>weekly</b>\nKnowledge base"),
                new ChecklistItem("cycle-2.go-live", ItemKind.DATE, "Go-live date of the change", "",
                        AnswerState.WRITTEN, "2026-11-30")), List.of("actions missing"));

        String html = render("templates/panels/gate-checklist.vm", gate, true);

        assertAll(() -> assertTrue(html.matches("(?s).*<input class=\"text medium-field\" type=\"date\" "
                        + "id=\"csiloop-ev-SVC-7-improvement-implement-improvements-exit-2-t\" value=\"2026-11-30\">.*"), html),
                () -> assertFalse(html.contains("placeholder=\"yyyy-MM-dd\""), "a date input, not a text to spell"),
                () -> assertTrue(html.contains("aria-describedby=\"csiloop-ev-SVC-7-improvement-implement-improvements-exit-1-carried\">"
                        + "Rota &lt;b&gt;weekly&lt;/b&gt;\nKnowledge base</textarea>"), html),
                () -> assertTrue(html.contains("id=\"csiloop-ev-SVC-7-improvement-implement-improvements-exit-1-carried\">"
                        + "[csiloop.ui.evidence.carriedOver 1]</div>"), html),
                () -> assertTrue(html.contains("data-item-key=\"cycle-2.actions\" data-kind=\"lines\" "
                        + "data-open-state=\"OPEN\" data-answered-state=\"WRITTEN\""), "saved only when saved: " + html));
    }

    @Test
    void anAnsweredItemShowsItsOwnTextAndReadOnlyViewersGetAReadOnlyDate() throws Exception {
        ChecklistItem answered = new ChecklistItem("cycle-2.actions", ItemKind.LINES, "Actions", "", AnswerState.WRITTEN,
                "Chatbot", 1, "Rota");
        GateChecklist gate = new GateChecklist(IMPLEMENT, "Improvement implemented", "Confirm improvement", List.of(
                answered, new ChecklistItem("cycle-2.go-live", ItemKind.DATE, "Go-live", "", AnswerState.OPEN, "")),
                List.of());

        String html = render("templates/panels/gate-checklist.vm", gate, false);

        assertAll(() -> assertFalse(answered.isCarriedOver()),
                () -> assertTrue(html.contains(">Chatbot</textarea>"), html),
                () -> assertFalse(html.contains("Rota"), html),
                () -> assertFalse(html.contains("carriedOver"), html),
                () -> assertTrue(html.contains("type=\"date\" id=\"csiloop-ev-SVC-7-improvement-implement-improvements-exit-2-t\" "
                        + "value=\"\" readonly>"), html));
    }

    @Test
    void aProducedPackIsALinkWithItsTimeInTheChecklistAndInItsHistory() throws Exception {
        StoredPack pack = new StoredPack(2, 10_007L, 10_000L, 1, "editor", Instant.parse("2026-12-01T08:15:00Z"),
                "<html></html>", "", "");
        PackLinks links = PackLinks.of(List.of(pack), 1, BERLIN);
        EvidenceChange produced = new EvidenceChange(10_007L, PRESENT, "cycle-1.stakeholder-pack", 1, "editor",
                Instant.parse("2026-12-01T08:15:00Z"), new EvidenceAnswer("cycle-1.stakeholder-pack", "OPEN", null),
                new EvidenceAnswer("cycle-1.stakeholder-pack", "PRODUCED", pack.reference()), null);
        EvidenceVersion version = EvidenceVersion.of(produced, "The stakeholder pack has been produced", BERLIN, links);
        GateChecklist gate = new GateChecklist(PRESENT, "Decision recorded", "Implement improvements", List.of(
                new ChecklistItem("cycle-1.decision", ItemKind.TEXT, "Decision", "", AnswerState.WRITTEN, "Go")),
                List.of(), "2026-12-01", List.of(version), links.ofCycle());

        String passed = new JiraVelocity().render("templates/panels/passed-gates.vm", Map.of("passedGates",
                List.of(gate), "mayEdit", true, "gateIssueKey", "SVC-7", "contextPath", "/jira",
                "i18n", new JiraVelocity.KeysAsText()));
        String link = "<a class=\"csiloop-pack-link\" data-pack-id=\"2\" "
                + "href=\"/jira/rest/csiloop/1.0/improvements/SVC-7/packs/2/html\" target=\"_blank\" rel=\"noopener\">"
                + "[csiloop.ui.pack.link 2026-12-01 09:15 Europe/Berlin]</a>";

        assertAll(() -> assertEquals(new PackLink(2, "2026-12-01 09:15 Europe/Berlin"), version.pack()),
                () -> assertEquals(2, passed.split(Pattern.quote(link), -1).length - 1,
                        "in the locked checklist and in the history: " + passed),
                () -> assertTrue(passed.contains("<td>OPEN &rarr; " + link + "</td>"), passed),
                () -> assertFalse(passed.contains("pack:2"), passed),
                () -> assertNull(EvidenceVersion.of(produced, "x", BERLIN, PackLinks.NONE).pack(),
                        "a reference to no pack of this improvement stays text"));
    }

    @Test
    void stepSixsChecklistSaysThePackIsStillToBeProduced() throws Exception {
        GateChecklist gate = new GateChecklist(PRESENT, "Decision recorded", "Implement improvements", List.of(
                new ChecklistItem("cycle-1.decision", ItemKind.TEXT, "Decision", "", AnswerState.OPEN, "")),
                List.of("The stakeholder pack for cycle 1 has not been produced yet."), "", List.of(), List.of());
        GateChecklist other = new GateChecklist(IMPLEMENT, "Improvement implemented", "Confirm improvement", List.of(
                new ChecklistItem("cycle-1.actions", ItemKind.LINES, "Actions", "", AnswerState.OPEN, "")), List.of());

        String html = render("templates/panels/gate-checklist.vm", gate, true);

        assertAll(() -> assertTrue(html.contains("<span class=\"csiloop-muted\">[csiloop.ui.pack.notYet]</span>"), html),
                () -> assertFalse(html.contains("csiloop-pack-link"), html),
                () -> assertFalse(render("templates/panels/gate-checklist.vm", other, true).contains("csiloop-evidence-pack"),
                        "only step 6's gate holds a pack"));
    }

    @Test
    void stepSevenSaysWhatBothTransitionsWillDoAndImprovedWhatTheNextCycleWillDo() {
        List<NextMove> atStepSeven = NextMove.from(ImprovementStatus.IMPLEMENT_IMPROVEMENTS, new ImprovementCycle(1),
                Texts.ENGLISH);
        List<NextMove> atImproved = NextMove.from(ImprovementStatus.IMPROVED, new ImprovementCycle(2), Texts.ENGLISH);

        assertAll(() -> assertEquals(List.of("Confirm improvement", "Start next cycle"),
                        atStepSeven.stream().map(NextMove::transition).toList()),
                () -> assertTrue(atStepSeven.get(0).sentence().startsWith("\"Confirm improvement\" closes this improvement "
                        + "as Improved (resolution Done) once its gate passes: step 7's actions and the go-live date "
                        + "recorded"), atStepSeven.get(0).sentence()),
                () -> assertTrue(atStepSeven.get(1).sentence().contains("back to step 3, Collect data, in cycle 2"),
                        atStepSeven.get(1).sentence()),
                () -> assertTrue(atStepSeven.get(1).sentence().contains("Step 7's actions of cycle 1 are offered in "
                        + "cycle 2's step-7 form to edit"), atStepSeven.get(1).sentence()),
                () -> assertEquals(List.of("Start next cycle"), atImproved.stream().map(NextMove::transition).toList()),
                () -> assertTrue(atImproved.get(0).sentence().contains("in cycle 3"), atImproved.get(0).sentence()),
                () -> assertEquals(List.of(), NextMove.from(ImprovementStatus.PRESENT_KNOWLEDGE, new ImprovementCycle(1),
                        Texts.ENGLISH)));
    }

    private static String render(String template, GateChecklist gate, boolean mayEdit) throws Exception {
        return new JiraVelocity().render(template, Map.of("gate", gate, "mayEdit", mayEdit, "gateIssueKey", "SVC-7",
                "contextPath", "/jira", "i18n", new JiraVelocity.KeysAsText()));
    }
}
