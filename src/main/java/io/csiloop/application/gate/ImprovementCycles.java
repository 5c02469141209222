package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementRegister;

/**
 * The improvement cycle each Improvement is in, as the CSI register keeps it. An issue without a register
 * entry is in its first cycle; starting the next cycle creates the entry when there is none yet.
 */
public final class ImprovementCycles {

    private final ImprovementRegister register;

    public ImprovementCycles(ImprovementRegister register) {
        this.register = register;
    }

    public ImprovementCycle current(long issueId) {
        return register.find(issueId).map(entry -> new ImprovementCycle(entry.cycle())).orElse(ImprovementCycle.first());
    }

    /**
     * "Start next cycle" from the cycle the caller saw: the cycle after it, keeping the measurements and register
     * fields. Exactly once per cycle: of concurrent calls from the same cycle, one moves the issue on.
     *
     * @return true when this call started the next cycle; false when the issue had left cycle {@code from}
     *         already, in particular because a concurrent call started the next cycle first
     */
    public boolean startNext(long issueId, long projectId, ImprovementCycle from) {
        return register.startNextCycle(issueId, projectId, from.number());
    }
}
