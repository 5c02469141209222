package io.csiloop.scale;

import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.ImprovementTransition;
import io.csiloop.port.ProjectRef;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the load harness asks of the preview, on the scale data set's first project SCAA: the issue pages of SCAA-3
 * (an Improvement collecting data, owner of the hot measure) and of its first Lifecycle Project, and the content of
 * their panels, which the pages' script fetches after the page; the project page;
 * the dashboard page and every REST read its items send; the REST KPI, scorecards, a data point page and the
 * export; a gated transition and pack production, each on the next issue of the data set that can take it.
 */
final class ScaleRequests {

    /** The app's web panels on Jira's issue view (atlassian-plugin.xml). */
    static final List<String> PANELS = List.of("csiloop-improvement-panel", "csiloop-lifecycle-panel");

    private static final String REST = "/rest/csiloop/1.0/";

    private final ScaleDataSet set;
    private final int hot;
    private final ScaleIssues issues;
    private final ProjectRef project;
    private final int round;
    private final int rounds;

    /**
     * @param round  which of {@code rounds} sizes this is: each takes its own share of the projects' issues for the
     *               gated transitions and packs, since those change the issues they act on
     */
    ScaleRequests(ScaleDataSet set, int hotDefinitionId, ScaleIssues issues, int round, int rounds) {
        this.round = round;
        this.rounds = rounds;
        this.set = set;
        this.hot = hotDefinitionId;
        this.issues = issues;
        this.project = set.projectRefs().get(0);
    }

    List<ScaleRequest> issuePages() {
        return List.of(ScaleRequest.get("issue page, Improvement SCAA-3", "/browse/" + issues.key(project, ScaleHarness.HOT_MEASURE)),
                ScaleRequest.get("issue page, Lifecycle Project", "/browse/" + issues.key(project, set.improvementsPerProject())));
    }

    List<ScaleRequest> reads() {
        String p = REST + "projects/" + project.key();
        String measure = p + "/definitions/" + hot;
        // by id, as the dashboard items name them (Jira reads many issues by id at once, by key one at a time)
        String keys = IntStream.range(0, set.improvementsPerProject()).mapToObj(n -> Long.toString(set.issueId(0, n)))
                .collect(Collectors.joining(","));
        Instant now = set.now();
        String yearAgo = now.minus(365, ChronoUnit.DAYS).toString();
        String content = "/plugins/servlet/csiloop/issue-panel?issueKey=";
        return List.of(
                // The issue pages' panels load after the page: their content is a request of its own (issue 19).
                ScaleRequest.get("issue panel content, Improvement SCAA-3", content
                        + issues.key(project, ScaleHarness.HOT_MEASURE)),
                ScaleRequest.get("issue panel content, Lifecycle Project", content
                        + issues.key(project, set.improvementsPerProject())),
                ScaleRequest.get("project page", "/projects/" + project.key() + "?selectedItem=io.csiloop.jira:csiloop-project-page"),
                ScaleRequest.get("dashboard page", "/secure/Dashboard.jspa"),
                ScaleRequest.get("dashboard: KPIs needing attention (REST)", p + "/dashboard/kpi-attention"),
                ScaleRequest.get("dashboard: days in status and verdicts of 100 issues (REST)", p + "/dashboard/issue-standing?keys=" + keys),
                ScaleRequest.get("dashboard: measures of the project (REST)", p + "/definitions"),
                ScaleRequest.get("dashboard: one measure (REST)", measure),
                ScaleRequest.get("dashboard: benefits (REST)", p + "/benefits"),
                ScaleRequest.get("dashboard: lifecycle of an issue (REST)", REST + "issues/"
                        + issues.key(project, set.improvementsPerProject()) + "/lifecycle"),
                ScaleRequest.get("REST KPI of the hot measure", measure + "/kpi"),
                ScaleRequest.get("REST scorecard of the project", p + "/scorecard"),
                ScaleRequest.get("REST scorecard of SCAA-3", REST + "issues/" + issues.key(project, ScaleHarness.HOT_MEASURE) + "/scorecard"),
                ScaleRequest.get("data point page (100, 1,000 deep, 90 days)", measure + "/datapoints?start=1000&limit=100"),
                new ScaleRequest("export of a year, time to first byte", "GET", n -> measure + "/datapoints/csv?from=" + yearAgo
                        + "&to=" + now, true));
    }

    /** "Process data" from "Collect data" (the gate checks the data collected) on the next owner of a measure. */
    ScaleRequest gatedTransition() {
        List<String> paths = issuesOwningAMeasureAt(List.of(ImprovementStatus.COLLECT_DATA)).stream()
                .map(key -> "/preview/transition?issue=" + key + "&transition=" + ImprovementTransition.PROCESS_DATA.key())
                .toList();
        return ScaleRequest.postEach("gated transition (Collect data to Process data)", paths);
    }

    /** Pack production on the next Improvement at step 6 or later that owns a measure. */
    ScaleRequest packs() {
        List<String> paths = issuesOwningAMeasureAt(List.of(ImprovementStatus.PRESENT_KNOWLEDGE,
                ImprovementStatus.IMPLEMENT_IMPROVEMENTS, ImprovementStatus.IMPROVED)).stream()
                .map(key -> REST + "improvements/" + key + "/packs").toList();
        return ScaleRequest.postEach("pack production", paths);
    }

    /** The keys of the Improvements in the statuses that own a measure, project by project; SCAA-3 left alone. */
    private List<String> issuesOwningAMeasureAt(List<ImprovementStatus> statuses) {
        List<String> keys = new ArrayList<>();
        List<ProjectRef> refs = set.projectRefs();
        int share = refs.size() / rounds;
        for (ProjectRef ref : refs.subList(round * share, (round + 1) * share)) {
            for (int n = 0; n < set.ownedMeasuresPerProject(); n++) {
                if (statuses.contains(issues.status(n)) && !(ref.equals(project) && n == ScaleHarness.HOT_MEASURE)) {
                    keys.add(issues.key(ref, n));
                }
            }
        }
        return keys;
    }
}
