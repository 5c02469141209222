package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/jql/builder/JqlClauseBuilder.html
 * ({@code and()} and {@code buildQuery()} are used by a Jira 11 app; {@code created()} and {@code resolutionDate()}
 * return a {@link ConditionBuilder} for those fields, unconfirmed on 11.3).
 */
public interface JqlClauseBuilder {
    JqlClauseBuilder and();

    ConditionBuilder created();

    ConditionBuilder resolutionDate();

    Query buildQuery();
}
