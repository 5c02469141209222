package io.csiloop.application.gate;

/** A gate id that names no gate of either process model: a workflow carries a wrong {@code csiloop.gate}. */
public final class UnknownGate extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownGate(String gateId) {
        super("no CSI Loop gate has the id '" + gateId + "'");
    }
}
