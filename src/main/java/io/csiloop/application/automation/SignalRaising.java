package io.csiloop.application.automation;

import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.MessageSource;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ImprovementRaiser;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Raises an Improvement issue for a signal, once. In one transaction: a signal that overlaps one raised before is
 * the same signal (its span grows, nothing is raised); otherwise its fingerprint is claimed under a unique index,
 * the issue is raised through the host and its CSI register entry written. When the host refuses, the claim rolls
 * back with everything else, so the next run tries again; when another node claimed the fingerprint first, this
 * transaction fails before it raises anything.
 */
public final class SignalRaising {

    /** The register's source of an improvement a signal raised. */
    static final String SOURCE = "KPI_SIGNAL";
    /** The value chain activity every raised improvement serves. */
    static final String ACTIVITY = "IMPROVE";

    private final Transactions transactions;
    private final RaisedSignals raised;
    private final ImprovementRaiser raiser;
    private final ImprovementRegister register;
    private final ImprovementText text;
    private final Clock clock;

    public SignalRaising(Transactions transactions, RaisedSignals raised, ImprovementRaiser raiser,
            ImprovementRegister register, MessageSource messages, Clock clock) {
        this.transactions = transactions;
        this.raised = raised;
        this.raiser = raiser;
        this.register = register;
        this.text = new ImprovementText(messages);
        this.clock = clock;
    }

    /**
     * @param actorKey the user the issue is raised as
     * @return the issue raised now, or empty when the signal had raised one already
     * @throws io.csiloop.port.RaiseRefused when the host refuses the issue; nothing is stored then
     */
    public Optional<IssueRef> raise(StoredDefinition definition, String actorKey, SignalCandidate signal) {
        Instant from = signal.first().start();
        Instant to = signal.last().start();
        return transactions.inTransaction(() -> {
            Optional<RaisedSignal> known = raised.overlapping(definition.id(), signal.kind(), from, to);
            if (known.isPresent()) {
                raised.extend(known.get().id(), to);
                return Optional.empty();
            }
            RaisedSignal claim = raised.claim(signal.fingerprint(definition.id()), definition.id(), signal.kind(),
                    from, to, clock.instant());
            IssueRef issue = raiser.raise(text.draft(definition, signal, actorKey));
            raised.attach(claim.id(), issue);
            register.save(new RegisterEntry(issue.id(), definition.projectId(), 1, text.objective(definition), null,
                    null, null, Set.of(), ACTIVITY, SOURCE));
            return Optional.of(issue);
        });
    }
}
