package io.csiloop.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What an issue panel draws with Jira's issue page: a light shell naming the issue and where its content is
 * fetched from after the page ({@code IssuePanelServlet}), so the issue view waits for no CSI Loop read. Built from
 * the issue Jira hands over, without a database read (issue 19: the panels add at most 3 statements to the page).
 */
public final class PanelShell {

    /** Where Jira serves the content endpoint, below its context path. */
    public static final String CONTENT_PATH = "/plugins/servlet/csiloop/issue-panel";

    private final String issueKey;
    private final String kind;

    private PanelShell(String issueKey, String kind) {
        this.issueKey = issueKey;
        this.kind = kind;
    }

    /** @param kind {@code improvement} or {@code lifecycle}: which panel the shell stands for */
    public static PanelShell of(String issueKey, String kind) {
        return new PanelShell(issueKey, kind);
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getKind() {
        return kind;
    }

    /** The content's address below Jira's context path, the issue key encoded. */
    public String getContentPath() {
        return CONTENT_PATH + "?issueKey=" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
    }
}
