package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/bc/issue/search/SearchService.html
 * (jira-platform.md 7.3: still used by a Jira 11 app, whose code calls {@code parseQuery} and
 * {@code ParseResult.isValid()/getQuery()}; {@code validateQuery} and {@code search} with a {@link PagerFilter} are
 * documented for Jira 8 and unconfirmed on 11.3).
 */
public interface SearchService {
    ParseResult parseQuery(ApplicationUser searcher, String query);

    MessageSet validateQuery(ApplicationUser searcher, Query query);

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Compile-only stand-in of the nested value class {@code SearchService.ParseResult}. */
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}
