package io.csiloop.view;

import io.csiloop.application.process.IssueProcesses;
import io.csiloop.application.process.RegisterPlace;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.Access;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;
import io.csiloop.port.Users;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link ProjectPage} of a project: scorecard from live KPIs, register grouped by status. */
public final class ProjectPages {

    private final Projects projects;
    private final Users users;
    private final Access access;
    private final IssueProcesses processes;
    private final KpiTable kpis;
    private final MessageSource messages;

    public ProjectPages(Projects projects, Users users, Access access, IssueProcesses processes, KpiTable kpis,
                        MessageSource messages) {
        this.projects = projects;
        this.users = users;
        this.access = access;
        this.processes = processes;
        this.kpis = kpis;
        this.messages = messages;
    }

    /** The page of the project; empty when it does not exist or the viewer may not browse it. */
    public Optional<ProjectPage> of(long projectId) {
        return projects.byId(projectId).filter(p -> access.currentUserMay(ProjectAccess.BROWSE, p.id())).map(this::page);
    }

    private ProjectPage page(ProjectRef project) {
        return new ProjectPage(project.key(), project.name(), kpis.ofProject(project.id(), messages),
                registerOf(project.id()), access.currentUserMay(ProjectAccess.ADMINISTER, project.id()),
                users.current().map(u -> u.key()).orElse(""),
                access.currentUserMay(ProjectAccess.EDIT, project.id()));
    }

    /** Every status an improvement can be at, each with its entries (empty statuses too, so the steps read in order). */
    private List<RegisterGroup> registerOf(long projectId) {
        Map<ImprovementStatus, List<RegisterGroup.RegisterLine>> byStatus = new EnumMap<>(ImprovementStatus.class);
        for (RegisterPlace place : processes.register(projectId)) {
            RegisterEntry entry = place.entry();
            byStatus.computeIfAbsent(place.step(), s -> new ArrayList<>()).add(new RegisterGroup.RegisterLine(
                    place.issue().key(), place.issue().summary(), entry.cycle(), entry.objective() == null ? "" : entry.objective()));
        }
        List<RegisterGroup> groups = new ArrayList<>();
        for (ImprovementStatus status : ImprovementStatus.values()) {
            String name = status.stepNumber().isPresent() ? status.stepNumber().getAsInt() + " " + text(status.nameKey()) : text(status.nameKey());
            groups.add(new RegisterGroup(name, status.pdcaStage().map(s -> text(s.nameKey())).orElse(""),
                    byStatus.getOrDefault(status, List.of())));
        }
        return groups;
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
