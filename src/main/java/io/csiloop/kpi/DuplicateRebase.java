package io.csiloop.kpi;

import java.time.Instant;

/** The measure already has a rebase whose phase begins with the same period; nothing was written. */
public final class DuplicateRebase extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Instant phaseStart;

    public DuplicateRebase(int definitionId, Instant phaseStart, Throwable cause) {
        super("measure " + definitionId + " already has a rebase beginning its phase at " + phaseStart, cause);
        this.phaseStart = phaseStart;
    }

    /** Where the phase of the existing rebase begins. */
    public Instant phaseStart() {
        return phaseStart;
    }
}
