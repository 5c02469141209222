package io.csiloop.port;

/** The host refused to create an issue; the message carries the host's reasons. */
public final class RaiseRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RaiseRefused(String message) {
        super(message);
    }
}
