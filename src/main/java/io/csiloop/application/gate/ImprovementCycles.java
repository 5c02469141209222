package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;

import java.util.Set;

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

    /** "Start next cycle": the cycle after the current one, keeping the measurements and register fields. */
    public ImprovementCycle startNext(long issueId, long projectId) {
        if (register.find(issueId).isPresent()) {
            return new ImprovementCycle(register.startNextCycle(issueId));
        }
        ImprovementCycle next = ImprovementCycle.first().next();
        register.save(new RegisterEntry(issueId, projectId, next.number(), null, null, null, null, Set.of(), null, null));
        return next;
    }
}
