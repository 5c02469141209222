package io.csiloop.improvement;

/** What the host knows about the stakeholder packs (KPIs, gaps, charts, findings) of an improvement. */
@FunctionalInterface
public interface StakeholderPacks {

    /** Whether a stakeholder pack has been produced for the cycle. */
    boolean producedFor(ImprovementCycle cycle);
}
