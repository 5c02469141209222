package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.pack.PackSnapshots;

import static io.csiloop.persistence.Store.ALICE;
import static io.csiloop.persistence.Store.NOW;
import static io.csiloop.persistence.Store.PROJECT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether an issue has a pack of a cycle: the question step 6's gate asks, answered by the stored rows alone. */
class PackSnapshotsTest {

    @AcrossDatabases
    void shouldKnowAPackOnlyForTheIssueAndCycleItWasProducedFor(ActiveObjects ao) {
        new Store(ao);
        PackSnapshots packs = new AoPackSnapshots(ao);

        assertFalse(packs.producedFor(7L, 1), "no pack yet");
        packs.inTransaction(() -> packs.insert(7L, PROJECT, 2, ALICE, NOW, "<html/>", "csv", "source"));

        assertAll(() -> assertTrue(packs.producedFor(7L, 2)),
                () -> assertFalse(packs.producedFor(7L, 1), "another cycle"),
                () -> assertFalse(packs.producedFor(8L, 2), "another issue"));
    }
}
