package io.csiloop.application.automation;

import io.csiloop.port.IssueEvent;
import io.csiloop.port.IssueQuery;
import io.csiloop.port.IssueSearch;
import io.csiloop.port.IssueTimes;
import io.csiloop.port.SearchFailed;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads the issues resolved in a period through windows the search hands over whole: a window that matches
 * {@link IssueSearch#MAX_RESULT_WINDOW} issues or more (counted, not read) is halved, and each half counted again,
 * until every window matches fewer. Windows are read in time order and together cover the period exactly once.
 * A count of exactly the window is split too: a search engine that stops counting there reports that number for
 * any window that matches more.
 *
 * <p>Splits fall on whole minutes: JQL's dates stop at the minute, so a window bound between two minutes would
 * quietly search another window than the one asked for. More issues than the search hands over resolved within one
 * minute cannot be read, and say so.
 */
final class ResolutionWindows {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final IssueSearch search;

    ResolutionWindows(IssueSearch search) {
        this.search = search;
    }

    /** Hands each issue the query matches that was resolved in {@code [from, to)} to {@code each}. */
    void forEachResolved(IssueQuery query, Instant from, Instant to, Consumer<IssueTimes> each) {
        Deque<Window> ahead = new ArrayDeque<>();
        ahead.push(new Window(from, to));
        while (!ahead.isEmpty()) {
            Window window = ahead.pop();
            long count = search.count(query, IssueEvent.RESOLVED, window.from(), window.to());
            if (count < IssueSearch.MAX_RESULT_WINDOW) {
                if (count > 0) {
                    search.forEachResolved(query, window.from(), window.to(), each);
                }
                continue;
            }
            Instant split = split(window.from(), window.to());
            if (split == null) {
                throw new SearchFailed(String.format(Locale.ROOT, "%,d or more issues of %s were resolved "
                        + "within one minute, from %s; Jira's search hands over at most %,d at a time and JQL's dates go no "
                        + "finer than the minute, so they cannot be read: narrow the query", count, query.jql(),
                        window.from(), IssueSearch.MAX_RESULT_WINDOW));
            }
            ahead.push(new Window(split, window.to()));
            ahead.push(new Window(window.from(), split));
        }
    }

    /** A half-open window {@code [from, to)} still to be read. */
    private record Window(Instant from, Instant to) {
    }

    /** The whole minute nearest below the window's middle that lies strictly inside it; null when none does. */
    private static Instant split(Instant from, Instant to) {
        Instant middle = from.plus(Duration.between(from, to).dividedBy(2)).truncatedTo(ChronoUnit.MINUTES);
        if (middle.isAfter(from)) {
            return middle;
        }
        Instant next = from.truncatedTo(ChronoUnit.MINUTES).plus(MINUTE);
        return next.isBefore(to) ? next : null;
    }
}
