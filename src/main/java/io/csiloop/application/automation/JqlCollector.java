package io.csiloop.application.automation;

import io.csiloop.kpi.Period;
import io.csiloop.measure.DataPoint;
import io.csiloop.port.IssueQuery;
import io.csiloop.port.IssueSearch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a JQL collection into the data points of one period.
 *
 * <p>A count is one data point, observed in the middle of the period: the middle stays inside the same period when
 * the data is later read in a zone a few hours off the one it was collected in, where the start would not. A
 * duration is one data point per issue resolved in the period, observed when it was resolved; an issue the search
 * hands over from outside the period is left out, so that a point never lands in a period it was not asked for.
 * The resolved issues are read through {@link ResolutionWindows}, so a period with more of them than one search
 * hands over is read in narrower windows; a count needs no reading.
 */
public final class JqlCollector {

    private final IssueSearch search;
    private final ResolutionWindows resolutions;

    public JqlCollector(IssueSearch search) {
        this.search = search;
        this.resolutions = new ResolutionWindows(search);
    }

    /** The period's data points in time order; empty when no issue was resolved in it (durations only). */
    public List<DataPoint> collect(JqlCollection collection, String actorKey, Period period) {
        IssueQuery query = new IssueQuery(collection.jql(), actorKey);
        Instant from = period.start();
        Instant to = period.end();
        if (!collection.measure().isDuration()) {
            long count = search.count(query, collection.measure().event(), from, to);
            return List.of(new DataPoint(middle(from, to), count));
        }
        List<DataPoint> points = new ArrayList<>();
        resolutions.forEachResolved(query, from, to, issue -> {
            if (!issue.resolved().isBefore(from) && issue.resolved().isBefore(to)) {
                points.add(new DataPoint(issue.resolved(),
                        collection.durationUnit().of(Duration.between(issue.created(), issue.resolved()))));
            }
        });
        points.sort(Comparator.comparing(DataPoint::observedAt));
        return points;
    }

    private static Instant middle(Instant from, Instant to) {
        return from.plusMillis(Duration.between(from, to).toMillis() / 2);
    }
}
