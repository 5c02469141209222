package io.csiloop.port;

/** What a user may do with a project's CSI Loop data, each mapped to one host permission. */
public enum ProjectAccess {
    /** Read KPIs, the register and evidence: the host's "Browse Projects". */
    BROWSE,
    /** Record data points and evidence: the host's "Edit Issues". */
    EDIT,
    /** Define measurements and set the project up: the host's "Administer Projects". */
    ADMINISTER
}
