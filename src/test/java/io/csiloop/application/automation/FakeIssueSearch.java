package io.csiloop.application.automation;

import io.csiloop.port.IssueEvent;
import io.csiloop.port.IssueQuery;
import io.csiloop.port.IssueSearch;
import io.csiloop.port.IssueTimes;
import io.csiloop.port.SearchFailed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Jira's search over the issues of each JQL text: created always, resolved when given. As strict as Jira on
 * OpenSearch: it refuses to hand over the issues of a window that matches more than
 * {@link IssueSearch#MAX_RESULT_WINDOW}. Counts its searches, can fail on a query, and can run a hook before each
 * search (to hold a run still while another one races it).
 */
public final class FakeIssueSearch implements IssueSearch {

    /** One issue: when created, when resolved (null while open). */
    record Issue(Instant created, Instant resolved) {
    }

    private final Map<String, List<Issue>> issues = new ConcurrentHashMap<>();
    private final Map<String, List<String>> problems = new ConcurrentHashMap<>();
    final AtomicInteger searches = new AtomicInteger();
    final List<IssueQuery> queries = new CopyOnWriteArrayList<>();
    /** How many issues each {@link #forEachResolved} handed over, in order. */
    final List<Integer> reads = new CopyOnWriteArrayList<>();
    volatile String failingJql;
    volatile Runnable beforeSearch = () -> { };

    void add(String jql, Instant created, Instant resolved) {
        issues.computeIfAbsent(jql, j -> new CopyOnWriteArrayList<>()).add(new Issue(created, resolved));
    }

    public void refuse(String jql, String problem) {
        problems.put(jql, List.of(problem));
    }

    @Override
    public List<String> problems(String jql, String userKey) {
        return problems.getOrDefault(jql, List.of());
    }

    @Override
    public long count(IssueQuery query, IssueEvent event, Instant from, Instant to) {
        return matching(query, event, from, to).size();
    }

    @Override
    public void forEachResolved(IssueQuery query, Instant from, Instant to, Consumer<IssueTimes> each) {
        List<Issue> resolved = matching(query, IssueEvent.RESOLVED, from, to);
        if (resolved.size() > MAX_RESULT_WINDOW) {
            throw new SearchFailed(resolved.size() + " issues match, past the result window");
        }
        reads.add(resolved.size());
        resolved.forEach(i -> each.accept(new IssueTimes(i.created(), i.resolved())));
    }

    private List<Issue> matching(IssueQuery query, IssueEvent event, Instant from, Instant to) {
        beforeSearch.run();
        searches.incrementAndGet();
        queries.add(query);
        if (query.jql().equals(failingJql)) {
            throw new SearchFailed("the field 'team' does not exist");
        }
        List<Issue> found = new ArrayList<>();
        for (Issue issue : issues.getOrDefault(query.jql(), List.of())) {
            Instant at = event == IssueEvent.CREATED ? issue.created() : issue.resolved();
            if (at != null && !at.isBefore(from) && at.isBefore(to)) {
                found.add(issue);
            }
        }
        return found;
    }
}
