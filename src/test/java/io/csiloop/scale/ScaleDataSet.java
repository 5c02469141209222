package io.csiloop.scale;

import io.csiloop.port.ProjectRef;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of issue 19's scale data set, the same for every seed: {@code projects} projects (keys SCAA, SCAB, …)
 * with CSI Loop enabled, each holding {@code improvementsPerProject} Improvements spread evenly over every step of
 * the seven-step workflow (Improved and Rejected included) and {@code lifecyclesPerProject} Lifecycle Projects over
 * every phase; {@code measuresPerProject} measures per project, the first {@code ownedMeasuresPerProject} each owned by
 * one Improvement of the project (the rest the project's own); and {@code points} data points over the
 * {@code years} years up to {@code now}, shared between the measures as {@link ScaleSeries} draws them, with noise, a
 * shift, gaps and outliers. The defaults are the issue's: 50 projects, 5,000 improvements, 2,000 measures.
 *
 * @param seed the random generator's seed: the same seed and shape give the same rows
 */
public record ScaleDataSet(long seed, int projects, int improvementsPerProject, int lifecyclesPerProject,
                           int measuresPerProject, int ownedMeasuresPerProject, long points, int years, Instant now) {

    /** The first generated project's id; the next are 100 apart (the demo's projects are 10,000 and 10,100). */
    static final long FIRST_PROJECT_ID = 20_000;
    /** The first generated issue's id, far above the demo's. */
    static final long FIRST_ISSUE_ID = 1_000_000;

    /** Issue 19's data set with {@code points} data points, seed 19, ending at {@code now}. */
    public static ScaleDataSet standard(long points, Instant now) {
        return new ScaleDataSet(19, 50, 100, 20, 40, 30, points, 5, now);
    }

    public List<ProjectRef> projectRefs() {
        List<ProjectRef> refs = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            String key = "SC" + (char) ('A' + p / 26) + (char) ('A' + p % 26);
            refs.add(new ProjectRef(FIRST_PROJECT_ID + 100L * p, key, "Scale project " + key));
        }
        return refs;
    }

    public int issuesPerProject() {
        return improvementsPerProject + lifecyclesPerProject;
    }

    /** The id of the project's {@code n}-th issue (0-based): improvements first, then lifecycle projects. */
    public long issueId(int project, int n) {
        return FIRST_ISSUE_ID + (long) project * issuesPerProject() + n;
    }

    public int measures() {
        return projects * measuresPerProject;
    }

    public Instant start() {
        return now.minus(Duration.ofDays(365L * years));
    }
}
