package io.csiloop.application.pack;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.SevenStepImprovement;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.MessageSource;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.pack.PackContent;
import io.csiloop.pack.PackCsv;
import io.csiloop.pack.PackHtml;
import io.csiloop.pack.PackKpi;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.pack.StoredPack;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Produces the stakeholder pack of an improvement's current cycle: assembles it from the store and the review
 * layer, renders its HTML and CSV, stores the snapshot and then records it as step 6's evidence, so evidence never
 * points at no pack (step 6's gate counts the stored pack itself). A cycle has one pack: asking again, or while
 * another request is producing it, answers the pack the cycle has.
 */
public class StakeholderPacks {

    private static final Instant ALL_FROM = Instant.ofEpochMilli(Long.MIN_VALUE);

    private final PackSnapshots snapshots;
    private final Issues issues;
    private final GateReviews reviews;
    private final ImprovementCycles cycles;
    private final MeasurementDefinitions definitions;
    private final KpiReadings readings;
    private final MessageSource messages;
    private final ProcessNames names;
    private final Clock clock;

    public StakeholderPacks(PackSnapshots snapshots, Issues issues, GateReviews reviews,
                            ImprovementCycles cycles, MeasurementDefinitions definitions,
                            KpiReadings readings, MessageSource messages, ProcessNames names,
                            Clock clock) {
        this.snapshots = snapshots;
        this.issues = issues;
        this.reviews = reviews;
        this.cycles = cycles;
        this.definitions = definitions;
        this.readings = readings;
        this.messages = messages;
        this.names = names;
        this.clock = clock;
    }

    /**
     * Produces, stores and records the pack of the improvement's current cycle, or returns the one it has. Of
     * concurrent requests for one cycle, the database lets one store its pack; the others answer that pack.
     *
     * @throws NoSuchElementException when there is no issue with this id
     * @throws IllegalArgumentException when the issue is not an Improvement
     * @throws PackNotDue when the improvement is not yet at step 6, Present the knowledge, or later
     * @throws ConcurrentChange when a concurrent request stored the cycle's pack and it cannot be read yet
     */
    public StoredPack produce(long issueId, String actor) {
        IssueRef issue = issues.byId(issueId).orElseThrow(() -> new NoSuchElementException("issue " + issueId));
        if (!names.isImprovement(issue)) {
            throw new IllegalArgumentException(issue.key() + " is no Improvement: only improvements have packs");
        }
        if (!presents(issue)) {
            throw new PackNotDue(issue);
        }
        Optional<StoredPack> produced = snapshots.ofCycle(issueId, cycles.current(issueId).number());
        if (produced.isPresent()) {
            return produced.get();
        }
        PackContent content = content(issue, actor, clock.instant());
        String html = new PackHtml(messages).render(content);
        String csv = new PackCsv().render(content);
        StoredPack pack;
        try {
            pack = snapshots.inTransaction(() -> snapshots.insert(issueId, issue.projectId(), content.cycle(), actor,
                    content.producedAt(), html, csv, PackSource.write(content)));
        } catch (ConcurrentChange raced) {
            // The winner's transaction has committed: the database refuses the loser's claim only then.
            return snapshots.ofCycle(issueId, content.cycle()).orElseThrow(() -> raced);
        }
        // After the pack's commit, not in its transaction: the pack's claim of its cycle must be that transaction's
        // last insert (see PackSnapshots.insert), and the record is an insert that racing producers would collide
        // on. Only the producer whose pack the cycle kept writes it; the gate counts the stored pack, not the record.
        reviews.recordStakeholderPack(issueId, pack.reference(), actor);
        return pack;
    }

    /** Whether the improvement is at step 6 or later, where its knowledge is presented: step 7 and Improved too. */
    private boolean presents(IssueRef issue) {
        int presenting = ImprovementStatus.PRESENT_KNOWLEDGE.stepNumber().getAsInt();
        return names.status(SevenStepImprovement.WORKFLOW, issue.status()).map(ImprovementStatus.class::cast)
                .filter(status -> status == ImprovementStatus.IMPROVED
                        || status.stepNumber().orElse(0) >= presenting)
                .isPresent();
    }

    /** The pack's content as of now: what {@link #produce} renders. */
    public PackContent content(IssueRef issue, String actor, Instant at) {
        int cycle = cycles.current(issue.id()).number();
        ImprovementEvidence evidence = reviews.improvementEvidence(issue.id());
        List<StoredDefinition> measures = definitions.ofImprovement(issue.id());
        // The pack shows every period of its measures (its CSV lists them all), so it reads them all, in one
        // aggregation, and judges each cycle from those same values: a verdict reads nothing of its own.
        Map<Integer, List<KpiValue>> values = readings.values(measures, ALL_FROM, at);
        Map<Integer, ProcessChanges> changes = readings.changes(measures, at);
        List<PackKpi> kpis = new ArrayList<>();
        for (StoredDefinition stored : measures) {
            List<KpiValue> shown = values.getOrDefault(stored.id(), List.of());
            ProcessChanges changed = changes.getOrDefault(stored.id(), ProcessChanges.none());
            kpis.add(new PackKpi(stored.definition(), shown, changed,
                    ChangeVerdict.ofCycle(stored.definition(), shown, changed, cycle, at, readings.zone())));
        }
        return new PackContent(issue.key(), issue.summary(), cycle, evidence.findings().summary(),
                evidence.decision().decision(), evidence.decision().decidedBy(), actor, at, readings.zone(), kpis);
    }
}
