package io.csiloop.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.csiloop.measure.ReportingZone;
import io.csiloop.persistence.upgrade.v002.DataPointEntity;
import net.java.ao.Query;

import java.time.Instant;

/**
 * Model version 2: adds {@code OBSERVED_DAY} to the data points and fills it in for every row that has none,
 * from its observed-at millis, as the epoch day in the reporting zone (exactly what the store computes for new
 * rows). Runs on a fresh install too, where it creates the tables at version 2 and finds nothing to fill.
 * Running it again changes nothing: only rows without a day are touched.
 *
 * <p>Active Objects offers no bulk UPDATE, so the backfill writes row by row, a page of rows at a time, walking
 * the primary key so that each page is an index range however far the walk has come.
 */
public final class V002ObservedDay implements ActiveObjectsUpgradeTask {

    static final int PAGE = 1_000;

    private final ReportingZone zone;

    public V002ObservedDay(ReportingZone zone) {
        this.zone = zone;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(DataPointEntity.class);
        int lastId = 0;
        DataPointEntity[] page;
        do {
            page = ao.find(DataPointEntity.class, Query.select("ID, OBSERVED_AT_MILLIS")
                    .where("ID > ? AND OBSERVED_DAY IS NULL", lastId).order("ID ASC").limit(PAGE));
            for (DataPointEntity row : page) {
                row.setObservedDay(zone.dayOf(Instant.ofEpochMilli(row.getObservedAtMillis())));
                row.save();
                lastId = row.getID();
            }
        } while (page.length == PAGE);
    }
}
