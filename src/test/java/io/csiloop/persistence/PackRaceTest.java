package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.pack.StoredPack;
import io.csiloop.persistence.entity.PackSnapshotEntity;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ten producers storing the pack of one cycle at once: the database lets one through and refuses the others as a
 * concurrent change, after which they find the winner's pack as the cycle's.
 */
class PackRaceTest {

    private static final long ISSUE = 40_600L;

    @AcrossDatabases
    void tenPacksOfOneCycleAtOnceStoreOne(ActiveObjects ao) throws Exception {
        new Store(ao); // migrates the tables
        PackSnapshots packs = new AoPackSnapshots(ao);

        List<Optional<StoredPack>> stored = CycleRaceTest.race(10, () -> {
            try {
                return Optional.of(packs.inTransaction(() -> packs.insert(ISSUE, Store.PROJECT, 2, Store.ALICE,
                        Store.NOW, "<p>pack</p>", "kpi\n", "source")));
            } catch (ConcurrentChange lost) {
                return Optional.empty();
            }
        });

        List<StoredPack> winners = stored.stream().flatMap(Optional::stream).toList();
        assertEquals(1, winners.size(), stored.toString());
        assertEquals(1, ao.count(PackSnapshotEntity.class));
        assertEquals(Optional.of(winners.get(0)), packs.ofCycle(ISSUE, 2));
        assertEquals(Optional.empty(), packs.ofCycle(ISSUE, 1));
    }

    @AcrossDatabases
    void theNextCycleHasAPackOfItsOwn(ActiveObjects ao) {
        new Store(ao); // migrates the tables
        PackSnapshots packs = new AoPackSnapshots(ao);
        StoredPack first = packs.inTransaction(() -> packs.insert(ISSUE, Store.PROJECT, 1, Store.ALICE, Store.NOW,
                "<p>1</p>", "1\n", "source"));
        StoredPack second = packs.inTransaction(() -> packs.insert(ISSUE, Store.PROJECT, 2, Store.ALICE, Store.NOW,
                "<p>2</p>", "2\n", "source"));

        assertEquals(List.of(second, first), packs.ofIssue(ISSUE));
        assertEquals(Optional.of(first), packs.ofCycle(ISSUE, 1));
    }
}
