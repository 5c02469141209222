package io.csiloop.lifecycle;

import io.csiloop.process.KeyedByName;

/**
 * One item of an ITIL checklist a plan or a handover goes through: a guiding principle, one of the
 * Four Dimensions, a handover item. Each has a name and a one-line hint in our own words.
 */
public interface ChecklistItem extends KeyedByName {

    /** The i18n prefix shared by the items of one checklist, without a trailing dot. */
    String messageFamily();

    default String nameKey() {
        return messageFamily() + "." + key() + ".name";
    }

    default String hintKey() {
        return messageFamily() + "." + key() + ".hint";
    }
}
