package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/history/ChangeItemBean.html
 */
public class ChangeItemBean {
    public Timestamp getCreated() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getTo() {
        throw new UnsupportedOperationException("stand-in");
    }
}
