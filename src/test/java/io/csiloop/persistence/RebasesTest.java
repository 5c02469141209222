package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kpi.DuplicateRebase;
import io.csiloop.kpi.Rebase;
import io.csiloop.kpi.StoredRebase;
import io.csiloop.persistence.entity.RebaseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rebases on every database: each approval kept with who, when and why; one a period; read for many at once. */
class RebasesTest {

    private static final Instant JULY = Instant.parse("2026-06-30T22:00:00Z");
    private static final Instant AUGUST = Instant.parse("2026-07-31T22:00:00Z");

    @AcrossDatabases
    void shouldKeepEveryApprovalWithItsReasonAndRefuseASecondOfTheSamePeriod(ActiveObjects ao) {
        Store store = new Store(ao);
        int fcr = store.define("FCR").id();
        Rebase golive = new Rebase(JULY, "the knowledge base went live", "alice", Instant.parse("2026-08-03T09:00:00Z"));
        Rebase later = new Rebase(AUGUST, "a second queue " + "x".repeat(3_000), "bob", Instant.parse("2026-09-01T09:00:00Z"));

        StoredRebase first = store.rebases.approve(fcr, JULY, golive);
        store.rebases.approve(fcr, AUGUST, later);
        DuplicateRebase twice = assertThrows(DuplicateRebase.class, () -> store.rebases.approve(fcr, JULY,
                new Rebase(JULY.plusSeconds(86_400), "the same change", "carol", Store.NOW)));

        assertEquals(List.of(first, new StoredRebase(first.id() + 1, fcr, AUGUST, later)), store.rebases.of(fcr));
        assertEquals(JULY, twice.phaseStart());
        assertEquals(2, ao.count(RebaseEntity.class), "the refused approval wrote nothing");
    }

    @AcrossDatabases
    void shouldReadTheRebasesOfManyMeasuresApprovedByTheMomentInOneCall(ActiveObjects ao) {
        Store store = new Store(ao);
        int fcr = store.define("FCR").id();
        int mttr = store.define("MTTR").id();
        int csat = store.define("CSAT").id();
        Rebase fcrRebase = new Rebase(JULY, "go-live", "alice", Instant.parse("2026-08-03T09:00:00Z"));
        Rebase mttrRebase = new Rebase(JULY, "new tool", "bob", Instant.parse("2026-08-04T09:00:00Z"));
        store.rebases.approve(fcr, JULY, fcrRebase);
        store.rebases.approve(mttr, JULY, mttrRebase);
        store.rebases.approve(mttr, AUGUST, new Rebase(AUGUST, "later", "bob", Instant.parse("2026-09-10T09:00:00Z")));

        assertEquals(Map.of(fcr, List.of(fcrRebase), mttr, List.of(mttrRebase)),
                store.rebases.approvedBy(List.of(fcr, mttr, csat), Instant.parse("2026-09-01T00:00:00Z")));
        assertEquals(Map.of(), store.rebases.approvedBy(List.of(), Store.NOW));
    }
}
