package io.csiloop.measure;


import io.csiloop.kernel.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The data points of every measurement definition. Reads return points in time order (equal instants in the
 * order they were recorded); ranges are half-open, {@code [from, to)}.
 */
@Repository
public interface DataPoints {

    /**
     * Records a batch of data points of one definition: all of them or, on any failure, none. Fast for large
     * batches (CSV import, REST): the rows go to the database in JDBC batches inside one transaction.
     *
     * @return how many were recorded
     * @throws InvalidRecord naming every invalid field (e.g. {@code points[3].note}) before anything is written
     * @throws DefinitionNotFound when the definition does not exist or is deleted meanwhile
     */
    int record(int definitionId, Provenance provenance, List<NewDataPoint> points);

    /** The stored points of the definition observed in {@code [from, to)}, with everything stored about them. */
    List<StoredDataPoint> between(int definitionId, Instant from, Instant to);

    /**
     * One page of the stored points of the definition observed in {@code [from, to)}: the {@code start}-th (from 0)
     * and at most {@code limit} after it, in time order. The database selects the page (LIMIT and OFFSET), so a page
     * costs its own rows, never the range's.
     */
    List<StoredDataPoint> page(int definitionId, Instant from, Instant to, int start, int limit);

    /** How many points the definition has observed in {@code [from, to)}, counted by the database. */
    int count(int definitionId, Instant from, Instant to);

    /**
     * The points of the definition observed in {@code [from, to)}, read lazily a page at a time as the iterator
     * advances, so that the KPI engine can stream any number of them in bounded memory.
     */
    Iterable<DataPoint> inTimeOrder(int definitionId, Instant from, Instant to);

    /** How many points the definition has. */
    int count(int definitionId);

    /** How many points the definition has in an improvement cycle. */
    int countInCycle(int definitionId, int cycle);

    /** The definition's point with the id, with everything stored about it; empty when it has none such. */
    Optional<StoredDataPoint> find(int definitionId, int pointId);

    /**
     * Replaces the observation and note of one point and logs the change (before, after, who, when, why) in the
     * same transaction. The point keeps its provenance and its recording time.
     *
     * @return the point as corrected
     * @throws DataPointNotFound when the definition has no such point (deleted meanwhile, too)
     * @throws io.csiloop.kernel.ConcurrentChange when another change of the point was logged meanwhile
     */
    StoredDataPoint correct(int definitionId, int pointId, NewDataPoint corrected, PointEdit edit);

    /**
     * Deletes one point and logs it (the point as it was, who, when, why) in the same transaction.
     *
     * @throws DataPointNotFound when the definition has no such point (deleted meanwhile, too)
     * @throws io.csiloop.kernel.ConcurrentChange when another change of the point was logged meanwhile
     */
    void delete(int definitionId, int pointId, PointEdit edit);

    /** The changes of the definition's point, oldest first; empty for a point never changed (or never stored). */
    List<PointChange> history(int definitionId, int pointId);
}
