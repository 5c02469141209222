package io.csiloop.port;

/** The host could not run a search; the message says why in words an administrator can act on. */
public final class SearchFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchFailed(String message) {
        super(message);
    }

    public SearchFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
