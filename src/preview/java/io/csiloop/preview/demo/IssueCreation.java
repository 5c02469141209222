package io.csiloop.preview.demo;

import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's create, as strict as Jira: the project must be one the person may browse and has "Create Issues" in, the
 * issue type one of the project's, the summary given (at most 255 characters), the assignee an assignable user of
 * the project; the issue is filed under the project's next key in the initial status of its type's workflow, with
 * the person as reporter and now as created and updated. CSI Loop listens to no issue event (it reads issues when
 * asked), so no app code runs on creation, in Jira as here.
 */
public final class IssueCreation {

    /** The fields of the create dialog, as Jira's REST API names them; null or blank for a field left empty. */
    public record Request(String projectKey, String issueType, String summary, String description, String assignee,
                          String dueDate) {
    }

    /**
     * What became of a request: the issue, or the field errors (field name to message key, as Jira's REST API
     * answers {@code errors}) and the messages not tied to a field.
     */
    public record Outcome(Optional<IssueDetails> created, Map<String, String> errors) {
        static Outcome refused(Map<String, String> errors) {
            return new Outcome(Optional.empty(), errors);
        }
    }

    static final int SUMMARY_MAX = 255;

    private final DemoDirectory directory;
    private final ProjectSchemes schemes;
    private final IssueTable issues;
    private final InitialStatus initial;
    private final Clock clock;

    public IssueCreation(DemoDirectory directory, ProjectSchemes schemes, IssueTable issues, InitialStatus initial,
                         Clock clock) {
        this.directory = directory;
        this.schemes = schemes;
        this.issues = issues;
        this.initial = initial;
        this.clock = clock;
    }

    /** Files the issue as the current person, or says why not (message keys of the preview's bundle). */
    public Outcome create(Request request) {
        return create(directory.current().flatMap(u -> directory.byName(u.key())), request);
    }

    /**
     * Files the issue as the named person (what the app raises itself, as Jira's {@code IssueService} does for the
     * user it is given), through the same checks and the same key allocation as the Create dialog.
     */
    public Outcome createAs(String reporterName, Request request) {
        return create(Optional.ofNullable(reporterName).flatMap(directory::byName), request);
    }

    private Outcome create(Optional<DemoUser> reporter, Request request) {
        Optional<ProjectRef> project = Optional.ofNullable(request.projectKey()).flatMap(directory::byKey)
                .filter(p -> reporter.map(u -> u.may(ProjectAccess.BROWSE)).orElse(false));
        if (reporter.isEmpty() || project.isEmpty()) {
            return Outcome.refused(Map.of("project", "preview.create.error.project"));
        }
        if (!directory.mayCreate(reporter.get(), project.get().id())) {
            return Outcome.refused(Map.of("project", "preview.create.error.permission"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String type = blankToNull(request.issueType());
        if (type == null || !schemes.csiLoopTypes(project.get().id()).contains(type)) {
            errors.put("issuetype", "preview.create.error.issuetype");
        }
        String summary = blankToNull(request.summary());
        if (summary == null) {
            errors.put("summary", "preview.create.error.summary");
        } else if (summary.strip().length() > SUMMARY_MAX) {
            errors.put("summary", "preview.create.error.summaryLength");
        }
        String assignee = blankToNull(request.assignee());
        if (assignee != null && directory.assignable(project.get().id()).stream().noneMatch(u -> u.name().equals(assignee))) {
            errors.put("assignee", "preview.create.error.assignee");
        }
        LocalDate due = null;
        try {
            due = Optional.ofNullable(blankToNull(request.dueDate())).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            errors.put("duedate", "preview.create.error.duedate");
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        String status = initial.of(type).orElseThrow();
        LocalDate dueDate = due;
        ProjectRef into = project.get();
        IssueDetails filed = issues.file(into.id(), into.key(), (id, key) -> IssueDetails.filed(
                new IssueRef(id, key, into.id(), summary.strip(), type, status), request.description(), assignee,
                reporter.get().name(), dueDate, clock.instant()));
        return new Outcome(Optional.of(filed), Map.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
