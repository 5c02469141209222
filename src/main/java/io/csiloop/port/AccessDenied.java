package io.csiloop.port;

/**
 * The current user lacks the permission an operation needs (or the project does not exist). It may carry the key
 * of a message that says more precisely what would have been allowed (a message of the REST API's section).
 */
public final class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProjectAccess needed;
    private final String messageKey;

    public AccessDenied(ProjectAccess needed, long projectId) {
        this(needed, projectId, null);
    }

    /** @param messageKey the key of the refusal's words; null for the permission's own words */
    public AccessDenied(ProjectAccess needed, long projectId, String messageKey) {
        super("needs " + needed + " on project " + projectId);
        this.needed = needed;
        this.messageKey = messageKey;
    }

    /** The permission that would have allowed the operation. */
    public ProjectAccess needed() {
        return needed;
    }

    /** The key of the refusal's own words, or null: then the words of {@link #needed()} apply. */
    public String messageKey() {
        return messageKey;
    }
}
