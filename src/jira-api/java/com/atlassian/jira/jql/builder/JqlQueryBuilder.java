package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/jql/builder/JqlQueryBuilder.html
 * ({@code newBuilder(Query).where().and()…buildQuery()} as a Jira 11 app writes it).
 */
public class JqlQueryBuilder {

    public static JqlQueryBuilder newBuilder(Query existingQuery) {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("stand-in");
    }
}
