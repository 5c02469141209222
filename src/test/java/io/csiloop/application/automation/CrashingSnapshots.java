package io.csiloop.application.automation;

import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.StoredSnapshot;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * KPI snapshots that crash on the n-th record: the fault between collecting a period's data (already written in
 * the transaction by then) and snapshotting it.
 */
final class CrashingSnapshots implements KpiSnapshots {

    private final KpiSnapshots delegate;
    private final int crashOn;
    private final AtomicInteger calls = new AtomicInteger();

    CrashingSnapshots(KpiSnapshots delegate, int crashOn) {
        this.delegate = delegate;
        this.crashOn = crashOn;
    }

    @Override
    public List<StoredSnapshot> record(List<KpiSnapshot> snapshots) {
        if (calls.incrementAndGet() == crashOn) {
            throw new IllegalStateException("the node went down while snapshotting");
        }
        return delegate.record(snapshots);
    }

    @Override
    public List<StoredSnapshot> history(int definitionId) {
        return delegate.history(definitionId);
    }

    @Override
    public Optional<StoredSnapshot> latest(int definitionId) {
        return delegate.latest(definitionId);
    }

    @Override
    public Map<Integer, StoredSnapshot> latestOf(Collection<Integer> definitionIds) {
        return delegate.latestOf(definitionIds);
    }
}
