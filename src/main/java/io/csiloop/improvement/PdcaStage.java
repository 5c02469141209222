package io.csiloop.improvement;

import io.csiloop.process.KeyedByName;

/** The stages of the Deming cycle the seven improvement steps are laid on. */
public enum PdcaStage implements KeyedByName {
    PLAN,
    DO,
    CHECK,
    ACT;

    public String nameKey() {
        return "csiloop.improvement.pdca." + key() + ".name";
    }
}
