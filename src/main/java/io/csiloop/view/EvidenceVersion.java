package io.csiloop.view;

import io.csiloop.process.EvidenceChange;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One version of a checklist item's answer as the panel lists it under a passed gate: who, when, the answer
 * before and after, and the reason of an amendment. Every text is the user's and printed escaped. A version that
 * records a stakeholder pack names the pack ({@link #getPack()}), which the panel links instead of printing its
 * reference.
 *
 * @param pack the stakeholder pack the new answer records; null when it records none
 */
public record EvidenceVersion(String item, int version, String by, String at, String before, String after,
                              String reason, PackLink pack) {

    /** A version that records no pack. */
    public EvidenceVersion(String item, int version, String by, String at, String before, String after, String reason) {
        this(item, version, by, at, before, after, reason, null);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The change, its item named by its label, its answers as state and text, its time in the reporting zone. */
    static EvidenceVersion of(EvidenceChange change, String itemLabel, ZoneId zone) {
        return of(change, itemLabel, zone, PackLinks.NONE);
    }

    /** As {@link #of(EvidenceChange, String, ZoneId)}, a new answer that is a pack's reference naming that pack. */
    static EvidenceVersion of(EvidenceChange change, String itemLabel, ZoneId zone, PackLinks packs) {
        return new EvidenceVersion(itemLabel, change.version(), change.changedBy(),
                WHEN.withZone(zone).format(change.changedAt()) + " " + zone.getId(),
                answer(change.before().state(), change.before().text()),
                answer(change.after().state(), change.after().text()),
                change.reason() == null ? "" : change.reason(), packs.named(change.after().text()).orElse(null));
    }

    private static String answer(String state, String text) {
        return text == null || text.isBlank() ? state : state + ": " + text;
    }

    public String getItem() {
        return item;
    }

    public int getVersion() {
        return version;
    }

    public String getBy() {
        return by;
    }

    public String getAt() {
        return at;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }

    /** The stakeholder pack the new answer records, or null. */
    public PackLink getPack() {
        return pack;
    }

    /** Whether the version is an amendment made after the gate passed. */
    public boolean isAmendment() {
        return !reason.isEmpty();
    }
}
