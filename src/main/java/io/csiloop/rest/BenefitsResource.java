package io.csiloop.rest;

import io.csiloop.application.process.IssueProcesses;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A project's benefit planned against realised, per unit (project page, benefit dashboard item). Read only. */
@Path("projects/{projectIdOrKey}/benefits")
@Produces(MediaType.APPLICATION_JSON)
public final class BenefitsResource {

    private final Scopes scopes;
    private final IssueProcesses processes;
    private final ApiMessages messages;

    @Inject
    public BenefitsResource(Scopes scopes, IssueProcesses processes, ApiMessages messages) {
        this.scopes = scopes;
        this.processes = processes;
        this.messages = messages;
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public BenefitsDto project(@PathParam(Scopes.PROJECT) String project) {
        ProjectRef ref = scopes.project(project);
        return BenefitsDto.of(ref.key(), processes.benefits(ref.id()), messages);
    }
}
