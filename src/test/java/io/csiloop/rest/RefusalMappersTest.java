package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectSetupRefused;
import io.csiloop.port.SetupBlocker;
import io.csiloop.port.SetupNotInstalled;
import io.csiloop.port.SetupPlan;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The domain's refusals as the API answers them: each mapper's status and body, for refusals that the HTTP tests
 * cannot provoke on the fake host (a port that is not set up, a service that refuses after the access filter).
 */
class RefusalMappersTest {

    private final ApiMessages messages = new ApiMessages();

    @Test
    void shouldAnswerADefinitionGoneMeanwhileWith404NamingIt() {
        Response response = new DefinitionNotFoundMapper(messages).toResponse(new DefinitionNotFound(42));

        ErrorDto body = (ErrorDto) response.getEntity();
        assertAll(() -> assertEquals(404, response.getStatus()),
                () -> assertEquals("There is no measurement definition 42 here.", body.message()));
    }

    @Test
    void shouldAnswerSetupNotInstalledWith503() {
        Response response = new SetupNotInstalledMapper(messages).toResponse(new SetupNotInstalled());

        ErrorDto body = (ErrorDto) response.getEntity();
        assertAll(() -> assertEquals(503, response.getStatus()), () -> assertEquals(503, body.status()),
                () -> assertEquals(messages.text(Keys.SETUP_NOT_INSTALLED, List.of()), body.message()));
    }

    @Test
    void shouldNameTheServiceJiraDidNotProvideWhenThatStoppedSetup() {
        Response response = new SetupNotInstalledMapper(messages).toResponse(new SetupNotInstalled("ResolutionManager"));

        ErrorDto body = (ErrorDto) response.getEntity();
        assertAll(() -> assertEquals(503, response.getStatus()),
                () -> assertEquals("Jira did not provide ResolutionManager; setup cannot continue.", body.message()));
    }

    @Test
    void shouldAnswerAccessDeniedWith403ForAdministration() {
        Response response = new AccessDeniedMapper(messages)
                .toResponse(new AccessDenied(ProjectAccess.ADMINISTER, FakeJira.PROJECT.id()));

        ErrorDto body = (ErrorDto) response.getEntity();
        assertAll(() -> assertEquals(403, response.getStatus()),
                () -> assertEquals(messages.text(Keys.MAY_NOT_ADMINISTER, List.of()), body.message()));
    }

    @Test
    void shouldAnswerABlockedSetupWith409AndThePlanWithItsReason() {
        SetupPlan plan = new SetupPlan(FakeJira.PROJECT, List.of(),
                List.of(new SetupBlocker("Improvement", "Software workflow", "CSI scheme")));

        Response response = new ProjectSetupRefusedMapper(messages)
                .toResponse(new ProjectSetupRefused(ProjectSetupRefused.Reason.BLOCKED, plan));

        SetupPlanDto body = (SetupPlanDto) response.getEntity();
        assertAll(() -> assertEquals(409, response.getStatus()),
                () -> assertEquals(ProjectSetupRefused.Reason.BLOCKED, body.refused()),
                () -> assertEquals(messages.text(Keys.SETUP_BLOCKED, List.of()), body.message()),
                () -> assertEquals("Software workflow", body.blockers().get(0).currentWorkflow()),
                () -> assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType()));
    }
}
