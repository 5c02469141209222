package io.csiloop.preview.demo;

import io.csiloop.port.ImprovementDraft;
import io.csiloop.port.IssueRef;
import io.csiloop.port.RaiseRefused;
import io.csiloop.preview.render.PreviewI18n;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the app raises (an improvement from a lesson) goes through the preview's one create, the Create dialog's: the
 * same key allocation, so the two never hand out one key twice, and the same checks Jira's {@code IssueService}
 * makes for the user the draft names.
 */
class PreviewImprovementRaiserTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final long SVC = DemoDirectory.SERVICE_OPERATIONS.id();
    private final CreationFixture fixture = new CreationFixture(NOW);
    private final PreviewImprovementRaiser raiser = new PreviewImprovementRaiser(fixture.creation, fixture.directory,
            PreviewI18n.standard());

    @Test
    void shouldFileTheRaisedImprovementAsTheCreateDialogDoes() {
        fixture.issues.create(new IssueRef(10_020, "SVC-20", SVC, "Knowledge base", "Lifecycle Project", "Closing"));

        IssueRef raised = raiser.raise(new ImprovementDraft(SVC, "editor", "Plan article owners", "Articles went stale."));

        assertEquals("SVC-21", raised.key());
        assertEquals(10_021, raised.id());
        assertEquals("Identify the approach", raised.status(), "the Improvement workflow's initial status");
        IssueDetails filed = fixture.issues.details("SVC-21").orElseThrow();
        assertEquals(Optional.of("editor"), filed.reporter());
        assertEquals("Articles went stale.", filed.description());
        assertEquals(Optional.of(NOW), filed.created());
    }

    @Test
    void shouldGiveTheDialogsNextIssueTheKeyAfterARaisedOneAndTheOtherWayRound() {
        IssueRef first = raiser.raise(new ImprovementDraft(SVC, "editor", "Lesson one", ""));
        String second = fixture.as("editor", request("Created in the dialog")).created().orElseThrow().ref().key();
        IssueRef third = raiser.raise(new ImprovementDraft(SVC, "admin", "Lesson two", ""));

        assertEquals(List.of("SVC-1", "SVC-2", "SVC-3"), List.of(first.key(), second, third.key()));
    }

    @Test
    void shouldNeverHandOutOneKeyTwiceWhenBothPathsCreateAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> creations = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                creations.add(n % 2 == 0
                        ? () -> raiser.raise(new ImprovementDraft(SVC, "editor", "Raised " + n, "")).key()
                        : () -> fixture.as("admin", request("Created " + n)).created().orElseThrow().ref().key());
            }
            Set<String> keys = new HashSet<>();
            for (Future<String> key : pool.invokeAll(creations)) {
                keys.add(key.get());
            }
            assertEquals(20, keys.size(), keys::toString);
            for (int n = 1; n <= 20; n++) {
                assertTrue(keys.contains("SVC-" + n), keys::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseAsJiraWouldAndFileNothing() {
        RaiseRefused viewer = assertThrows(RaiseRefused.class,
                () -> raiser.raise(new ImprovementDraft(SVC, "viewer", "Not allowed", "")));
        assertTrue(viewer.getMessage().contains("You do not have permission to create issues in this project."),
                viewer::getMessage);
        assertThrows(RaiseRefused.class, () -> raiser.raise(new ImprovementDraft(SVC, "nobody", "Unknown", "")));
        RaiseRefused noType = assertThrows(RaiseRefused.class, () -> raiser.raise(new ImprovementDraft(
                DemoDirectory.IT_OPERATIONS.id(), "admin", "IT Operations has no Improvement type yet", "")));
        assertTrue(noType.getMessage().contains("The issue type selected is invalid."), noType::getMessage);
        assertTrue(fixture.issues.isEmpty());
    }

    private static IssueCreation.Request request(String summary) {
        return new IssueCreation.Request("SVC", "Improvement", summary, null, null, null);
    }

}
