package io.csiloop.jira.host;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraStatusHistoryTest {

    private static final Instant CREATED = Instant.parse("2026-02-01T08:00:00Z");

    private final IssueManager issues = mock(IssueManager.class);
    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);

    @Test
    void theNewestStatusChangeIsWhenTheIssueEnteredItsStatus() {
        known();
        List<ChangeItemBean> changes = List.of(change("2026-03-01T10:00:00Z"), change("2026-05-20T16:30:00Z"),
                change("2026-04-02T09:00:00Z")); // made before stubbing: Mockito stubs one call at a time
        when(history.getChangeItemsForField(issue, "status")).thenReturn(changes);

        assertEquals(Optional.of(Instant.parse("2026-05-20T16:30:00Z")),
                new JiraStatusHistory(issues, history).enteredCurrentStatus(7L));
    }

    @Test
    void anIssueThatNeverMovedIsInItsStatusSinceItsCreation() {
        known();
        when(history.getChangeItemsForField(issue, "status")).thenReturn(List.of());

        assertEquals(Optional.of(CREATED), new JiraStatusHistory(issues, history).enteredCurrentStatus(7L));
    }

    @Test
    void anUnknownIssueHasNoHistory() {
        assertEquals(Optional.empty(), new JiraStatusHistory(issues, history).enteredCurrentStatus(8L));
    }

    @Test
    void manyIssuesAreReadInOneGoAndEachOnesStatusChangesAfter() {
        known();
        when(issue.getId()).thenReturn(7L);
        when(issues.getIssueObjects(List.of(7L, 8L))).thenReturn(List.of(issue));
        List<ChangeItemBean> changes = List.of(change("2026-03-01T10:00:00Z"));
        when(history.getChangeItemsForField(issue, "status")).thenReturn(changes);

        assertEquals(Map.of(7L, Instant.parse("2026-03-01T10:00:00Z")),
                new JiraStatusHistory(issues, history).enteredCurrentStatus(List.of(7L, 8L)));
        verify(issues, never()).getIssueObject(7L);
    }

    private void known() {
        when(issues.getIssueObject(7L)).thenReturn(issue);
        when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
    }

    private static ChangeItemBean change(String at) {
        ChangeItemBean bean = mock(ChangeItemBean.class);
        when(bean.getCreated()).thenReturn(Timestamp.from(Instant.parse(at)));
        return bean;
    }
}
