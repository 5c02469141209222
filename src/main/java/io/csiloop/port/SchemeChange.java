package io.csiloop.port;

import java.util.List;
import java.util.Objects;

/**
 * One change of a project's schemes that enabling CSI Loop makes.
 *
 * @param kind          what is changed
 * @param schemeName    the scheme changed (or, for {@link Kind#USE_APP_WORKFLOW_SCHEME}, the one the project moves to)
 * @param issueTypes    the names of the issue types concerned
 * @param sharedWith    the other projects that use the same scheme and would see the change too
 * @param defaultScheme whether the scheme is the host's default, used by every project without a scheme of its own
 */
public record SchemeChange(Kind kind, String schemeName, List<String> issueTypes, List<ProjectRef> sharedWith,
                           boolean defaultScheme) {

    /** The kinds of change. */
    public enum Kind {
        /** Add issue types to the project's issue type scheme. */
        ADD_ISSUE_TYPES,
        /** Map issue types to the CSI Loop workflows in the project's workflow scheme. */
        MAP_WORKFLOWS,
        /** Move the project from the host's default workflow scheme (which cannot be edited) to "CSI Loop". */
        USE_APP_WORKFLOW_SCHEME
    }

    public SchemeChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemeName, "schemeName");
        issueTypes = List.copyOf(issueTypes);
        sharedWith = List.copyOf(sharedWith);
    }

    /** Whether the change reaches beyond this project. */
    public boolean shared() {
        return defaultScheme || !sharedWith.isEmpty();
    }
}
