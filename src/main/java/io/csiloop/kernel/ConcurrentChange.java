package io.csiloop.kernel;

/**
 * A write refused because someone else changed the same thing first: the caller read an older version, or two
 * writers raced for the same row. Nothing of the refused write was kept; reload and try again.
 */
public final class ConcurrentChange extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }
}
