package io.csiloop.application.gate;

import io.csiloop.application.kpi.MeasureChanges;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.Rebase;
import io.csiloop.kpi.Rebases;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.GateEvidence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link MeasureChanges} from the store: the go-live of every cycle of the Improvement that owns each measure (its
 * step 7 evidence, or its entry into step 7 until a day is recorded) and the rebases approved by the moment. It lives
 * with the gates because the evidence items it reads are theirs. The rebases of all the measures are one read; the
 * evidence and the owning Improvements are one read each, however many measures, owners and periods there are.
 */
public final class StoredMeasureChanges implements MeasureChanges {

    private final GateEvidence evidence;
    private final Rebases rebases;
    private final Issues issues;
    private final ReportingZone zone;

    public StoredMeasureChanges(GateEvidence evidence, Rebases rebases, Issues issues, ReportingZone zone) {
        this.evidence = evidence;
        this.rebases = rebases;
        this.issues = issues;
        this.zone = zone;
    }

    @Override
    public Map<Integer, ProcessChanges> at(List<StoredDefinition> measures, Instant moment) {
        Map<Integer, List<Rebase>> approved = rebases.approvedBy(measures.stream().map(StoredDefinition::id).toList(),
                moment);
        List<Long> owners = measures.stream().map(measure -> measure.ownership().improvementIssueId())
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, Map<String, List<EvidenceItem>>> answers = evidence.ofIssues(owners);
        Map<Long, IssueRef> found = issues.byIds(owners);
        Map<Long, List<GoLive>> byImprovement = new HashMap<>();
        owners.forEach(issueId -> byImprovement.put(issueId, CycleGoLives.of(keyOf(issueId, found),
                answers.getOrDefault(issueId, Map.of()), moment, zone)));
        Map<Integer, ProcessChanges> changes = new HashMap<>();
        for (StoredDefinition measure : measures) {
            Long owner = measure.ownership().improvementIssueId();
            List<GoLive> goLives = owner == null ? List.of() : byImprovement.get(owner);
            List<Rebase> measureRebases = approved.getOrDefault(measure.id(), List.of());
            if (!goLives.isEmpty() || !measureRebases.isEmpty()) {
                changes.put(measure.id(), new ProcessChanges(goLives, measureRebases));
            }
        }
        return changes;
    }

    /** The Improvement's key for labels; its id when the issue is gone (its measures outlive it until deleted). */
    private static String keyOf(long issueId, Map<Long, IssueRef> found) {
        IssueRef issue = found.get(issueId);
        return issue == null ? Long.toString(issueId) : issue.key();
    }
}
