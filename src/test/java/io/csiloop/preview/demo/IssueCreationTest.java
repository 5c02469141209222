package io.csiloop.preview.demo;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jira's create in the preview: as strict as Jira about permission, type, summary and assignee. */
class IssueCreationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final CreationFixture fixture = new CreationFixture(NOW);

    @Test
    void shouldFileAnImprovementUnderTheNextKeyInItsWorkflowsInitialStatusReportedByTheCreator() {
        IssueDetails filed = fixture.as("editor", new IssueCreation.Request("SVC", "Improvement", "  Fewer escalations ",
                "Escalations take a day", "admin", "2026-12-31")).created().orElseThrow();

        assertEquals("SVC-1", filed.ref().key());
        assertEquals("Fewer escalations", filed.ref().summary());
        assertEquals("Identify the approach", filed.ref().status());
        assertEquals(Optional.of("editor"), filed.reporter());
        assertEquals(Optional.of("admin"), filed.assignee());
        assertEquals(Optional.of(LocalDate.parse("2026-12-31")), filed.due());
        assertEquals(Optional.of(NOW), filed.created());
        assertEquals(filed, fixture.issues.details("SVC-1").orElseThrow());
    }

    @Test
    void shouldStartALifecycleProjectInInitiation() {
        assertEquals(Optional.of("Initiation"), new InitialStatus().of("Lifecycle Project"));
        assertEquals(Optional.of("Identify the approach"), new InitialStatus().of("Improvement"));
        assertEquals(Optional.empty(), new InitialStatus().of("Task"));
    }

    @Test
    void shouldRefuseAViewerWithoutCreateIssuesPermission() {
        IssueCreation.Outcome outcome = fixture.as("viewer", new IssueCreation.Request("SVC", "Improvement", "Try", null, null, null));

        assertEquals(Map.of("project", "preview.create.error.permission"), outcome.errors());
        assertTrue(fixture.issues.isEmpty());
    }

    @Test
    void shouldRefuseAnonymousPeopleAndUnknownProjectsAlike() {
        assertEquals(Map.of("project", "preview.create.error.project"), fixture.current.as(null,
                () -> fixture.creation.create(new IssueCreation.Request("SVC", "Improvement", "Try", null, null, null))).errors());
        assertEquals(Map.of("project", "preview.create.error.project"),
                fixture.as("admin", new IssueCreation.Request("NOPE", "Improvement", "Try", null, null, null)).errors());
    }

    @Test
    void shouldNameEveryFieldInErrorAndFileNothing() {
        IssueCreation.Outcome outcome = fixture.as("admin", new IssueCreation.Request("OPS", "Improvement", " ", null, "viewer",
                "31/12/2026"));

        assertEquals(Map.of("issuetype", "preview.create.error.issuetype", "summary", "preview.create.error.summary",
                "assignee", "preview.create.error.assignee", "duedate", "preview.create.error.duedate"), outcome.errors(),
                "IT Operations has no CSI Loop type before it is enabled; the viewer is not assignable");
        assertTrue(fixture.issues.isEmpty());
    }

    @Test
    void shouldOfferCsiLoopTypesInItOperationsOnceEnabled() {
        fixture.schemes.enable(DemoDirectory.IT_OPERATIONS.id());

        IssueDetails filed = fixture.as("admin", new IssueCreation.Request("OPS", "Lifecycle Project", "Data centre move", null,
                null, null)).created().orElseThrow();

        assertEquals("OPS-1", filed.ref().key());
        assertEquals("Initiation", filed.ref().status());
        assertEquals(Optional.empty(), filed.assignee());
    }

}
