package io.csiloop.application.pack;

import io.csiloop.pack.PackSnapshots;
import io.csiloop.pack.StoredPack;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A stored pack is reached only through the improvement that produced it. */
class StoredPacksTest {

    private static final long IMPROVEMENT = 10_003;
    private static final long OTHER = 10_004;

    private final PackSnapshots snapshots = mock(PackSnapshots.class);
    private final StoredPacks packs = new StoredPacks(snapshots);
    private final StoredPack pack = new StoredPack(7, IMPROVEMENT, 10_000, 2, "fred",
            Instant.parse("2026-11-26T09:00:00Z"), "<html/>", "kpi\n", "cycle=2");

    @Test
    void shouldFindAPackThroughTheImprovementThatProducedIt() {
        when(snapshots.find(7)).thenReturn(Optional.of(pack));

        assertEquals(Optional.of(pack), packs.find(IMPROVEMENT, 7));
    }

    @Test
    void shouldNotFindAPackThroughAnotherIssue() {
        when(snapshots.find(7)).thenReturn(Optional.of(pack));

        assertEquals(Optional.empty(), packs.find(OTHER, 7));
    }

    @Test
    void shouldNotFindAPackThatDoesNotExist() {
        when(snapshots.find(8)).thenReturn(Optional.empty());

        assertEquals(Optional.empty(), packs.find(IMPROVEMENT, 8));
    }
}
