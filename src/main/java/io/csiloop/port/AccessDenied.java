package io.csiloop.port;

/** The current user lacks the permission an operation needs (or the project does not exist). */
public final class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(ProjectAccess needed, long projectId) {
        super("needs " + needed + " on project " + projectId);
    }
}
