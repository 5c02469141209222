package io.csiloop.application.automation;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.IssueSearch;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Configures the automation of measurement definitions: the JQL collection of a JQL source and when signals raise
 * Improvements. Needs "Administer Projects" on the definition's project. The JQL is checked by Jira as the saving
 * administrator would run it (searches later run as that administrator); a saved JQL collection starts its backfill
 * in the background at once.
 */
public final class DefinitionAutomationService {

    private final DefinitionAutomations automations;
    private final MeasurementDefinitions definitions;
    private final IssueSearch search;
    private final RunScheduler scheduler;
    private final Access access;
    private final Users users;
    private final Clock clock;

    public DefinitionAutomationService(DefinitionAutomations automations, MeasurementDefinitions definitions,
            IssueSearch search, RunScheduler scheduler, Access access, Users users, Clock clock) {
        this.automations = automations;
        this.definitions = definitions;
        this.search = search;
        this.scheduler = scheduler;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /** The automation of every configured definition of the project; needs "Administer Projects". */
    public List<StoredAutomation> ofProject(long projectId) {
        requireAdministrator(projectId);
        return automations.ofProject(projectId);
    }

    /**
     * Saves the automation of a definition of the project, replacing what it had; its progress starts over.
     *
     * @throws AccessDenied unless the current user may administer the project
     * @throws DefinitionNotFound when the project has no such definition
     * @throws AutomationInvalid with every problem of the input; nothing is saved then
     */
    public StoredAutomation configure(long projectId, int definitionId, AutomationInput input) {
        requireAdministrator(projectId);
        StoredDefinition stored = definitions.find(definitionId).filter(d -> d.projectId() == projectId)
                .orElseThrow(() -> new DefinitionNotFound(definitionId));
        String actor = users.current().map(UserRef::key).orElseThrow(() -> new AccessDenied(ProjectAccess.ADMINISTER,
                projectId));
        MeasurementDefinition measure = stored.definition();
        InputChecks checks = new InputChecks();
        JqlCollection collection = collection(checks, measure, input, actor);
        Integer backfill = checks.number("backfillPeriods", input.backfillPeriods(), 1,
                Backfill.maxPeriods(measure.period()), Backfill.defaultPeriods(measure.period()));
        Integer offTarget = checks.number("offTargetPeriods", input.offTargetPeriods(), 0, RaisePolicy.OFF_TARGET_MAX, 0);
        checks.orRefuse();
        DefinitionAutomation automation = new DefinitionAutomation(definitionId, projectId, collection,
                new RaisePolicy(input.raise(), offTarget, input.chartSignals()), backfill, actor);
        StoredAutomation saved = automations.save(automation, clock.instant());
        if (collection != null) {
            scheduler.runSoon(RunScope.project(projectId));
        }
        return saved;
    }

    /**
     * Removes the automation of a definition of the project; false when it had none (nor does a definition of another
     * project count).
     *
     * @throws AccessDenied unless the current user may administer the project
     */
    public boolean remove(long projectId, int definitionId) {
        requireAdministrator(projectId);
        Optional<StoredAutomation> current = automations.find(definitionId)
                .filter(a -> a.automation().projectId() == projectId);
        return current.isPresent() && automations.remove(definitionId);
    }

    private JqlCollection collection(InputChecks checks, MeasurementDefinition measure, AutomationInput input,
            String actor) {
        boolean jqlSource = measure.source() == MeasurementSource.JQL_COUNT || measure.source() == MeasurementSource.JQL_DURATION;
        if (!jqlSource) {
            if (!InputChecks.blank(input.jql())) {
                checks.add("jql", "csiloop.automation.error.notJqlSource");
            }
            return null;
        }
        CollectedMeasure collected = checks.choice("measure", input.measure(), CollectedMeasure.class, true);
        if (collected != null && collected.source() != measure.source()) {
            checks.add("measure", "csiloop.automation.error.measureSource");
        }
        if (collected != null && !collected.isDuration() && measure.aggregation() == Aggregation.COUNT) {
            checks.add("measure", "csiloop.automation.error.countAggregation");
        }
        DurationUnit unit = collected != null && collected.isDuration()
                ? checks.choice("durationUnit", input.durationUnit(), DurationUnit.class, true) : null;
        String jql = InputChecks.blank(input.jql()) ? null : input.jql().strip();
        if (jql == null) {
            checks.add("jql", InputChecks.REQUIRED);
        } else if (jql.length() > JqlCollection.JQL_MAX) {
            checks.add("jql", "csiloop.automation.error.tooLong", JqlCollection.JQL_MAX);
        } else {
            search.problems(jql, actor).forEach(problem -> checks.add("jql", "csiloop.automation.error.jql", problem));
        }
        boolean complete = jql != null && collected != null && (unit != null) == collected.isDuration();
        return complete && !checks.hasErrors() ? new JqlCollection(jql, collected, unit) : null;
    }

    private void requireAdministrator(long projectId) {
        if (!access.currentUserMay(ProjectAccess.ADMINISTER, projectId)) {
            throw new AccessDenied(ProjectAccess.ADMINISTER, projectId);
        }
    }
}
