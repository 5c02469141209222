package io.csiloop.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import io.csiloop.jira.host.JiraMessages;
import io.csiloop.kernel.EnglishMessages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What Jira passes workflow modules, built as Jira builds it, and Jira's i18n answering in English. */
final class WorkflowFixture {

    static final long ISSUE_ID = 10_042L;
    static final long PROJECT_ID = 10_000L;

    private WorkflowFixture() {
    }

    /** transientVars as Jira fills them during a transition: the issue among other entries. */
    static Map<String, Object> transientVars() {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(ISSUE_ID);
        when(issue.getProjectId()).thenReturn(PROJECT_ID);
        when(issue.getKey()).thenReturn("CSI-42");
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        vars.put("actionId", 11);
        return vars;
    }

    /** args as stored in the workflow XML: String values, the class name among them. */
    static Map<String, String> args(Class<?> moduleClass, String gateId) {
        Map<String, String> args = new HashMap<>();
        args.put("class.name", moduleClass.getName());
        if (gateId != null) {
            args.put("csiloop.gate", gateId);
        }
        return args;
    }

    /** Jira's authentication context whose i18n helper reads the plugin's English bundle, as Jira's would. */
    static JiraAuthenticationContext englishJira() {
        EnglishMessages english = new EnglishMessages();
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString())).thenAnswer(call -> english.text(call.getArgument(0)));
        when(i18n.getText(anyString(), any())).thenAnswer(call ->
                english.text(call.getArgument(0), List.of((Object[]) call.getArgument(1))));
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getI18nHelper()).thenReturn(i18n);
        return authentication;
    }

    static JiraMessages englishMessages() {
        return new JiraMessages(englishJira());
    }
}
