package io.csiloop.pack;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything a stakeholder pack shows, as it was when the pack was produced: the improvement (its key and
 * summary), the cycle, the findings and the decision as users wrote them, who produced it and when, and its KPIs.
 *
 * @param issueKey   the improvement's issue key, or the project key for a project pack
 * @param title      the improvement's summary or the project's name (user-written)
 * @param cycle      the improvement cycle the pack presents
 * @param findings   the findings of step 5 (user-written, may be blank)
 * @param decision   the decision of step 6 (user-written, may be blank)
 * @param decidedBy  who took the decision (user-written, may be blank)
 * @param producedBy who produced the pack
 * @param producedAt when
 * @param zone       the zone dates are shown in
 */
public record PackContent(String issueKey, String title, int cycle, String findings, String decision,
                          String decidedBy, String producedBy, Instant producedAt, ZoneId zone, List<PackKpi> kpis) {

    public PackContent {
        Objects.requireNonNull(issueKey, "issueKey");
        title = Objects.requireNonNullElse(title, "");
        findings = Objects.requireNonNullElse(findings, "");
        decision = Objects.requireNonNullElse(decision, "");
        decidedBy = Objects.requireNonNullElse(decidedBy, "");
        Objects.requireNonNull(producedBy, "producedBy");
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(zone, "zone");
        kpis = List.copyOf(kpis);
        if (cycle < 1) {
            throw new IllegalArgumentException("cycle must be at least 1: " + cycle);
        }
    }
}
