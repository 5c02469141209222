package com.atlassian.jira.jql.builder;

import java.util.Date;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/jql/builder/ConditionBuilder.html
 * ({@code gtEq(Date)} and {@code lt(Date)} add {@code >=} and {@code <} date conditions and return the clause
 * builder; seen in Jira's source, unconfirmed on 11.3).
 */
public interface ConditionBuilder {
    JqlClauseBuilder gtEq(Date date);

    JqlClauseBuilder lt(Date date);
}
