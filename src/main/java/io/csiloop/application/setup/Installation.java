package io.csiloop.application.setup;

import io.csiloop.application.process.CsiLoopIssueType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What setup put into Jira, as enabling a project needs it: the id of each CSI Loop issue type, the name of
 * its workflow, and the id of the app's workflow scheme.
 *
 * @param issueTypeIds   the Jira issue type id of each CSI Loop issue type
 * @param workflowNames  the Jira workflow name of each CSI Loop issue type
 * @param schemeId       the id of the workflow scheme "CSI Loop"
 */
public record Installation(Map<CsiLoopIssueType, String> issueTypeIds, Map<CsiLoopIssueType, String> workflowNames,
                           long schemeId) {

    public Installation {
        // EnumMaps keep the issue types in declaration order, so schemes list them the same way every time.
        issueTypeIds = Collections.unmodifiableMap(new EnumMap<>(issueTypeIds));
        workflowNames = Collections.unmodifiableMap(new EnumMap<>(workflowNames));
    }
}
