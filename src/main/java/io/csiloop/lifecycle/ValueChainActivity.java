package io.csiloop.lifecycle;

/** The six activities of the service value chain; a charter names those the project's result takes part in. */
public enum ValueChainActivity implements ChecklistItem {
    PLAN,
    IMPROVE,
    ENGAGE,
    DESIGN_AND_TRANSITION,
    OBTAIN_BUILD,
    DELIVER_AND_SUPPORT;

    @Override
    public String messageFamily() {
        return "csiloop.evidence.valueChain";
    }
}
