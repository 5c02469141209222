package io.csiloop.measure;


import io.csiloop.kernel.Repository;

import java.time.Instant;
import java.util.List;

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
     * The points of the definition observed in {@code [from, to)}, read lazily a page at a time as the iterator
     * advances, so that the KPI engine can stream any number of them in bounded memory.
     */
    Iterable<DataPoint> inTimeOrder(int definitionId, Instant from, Instant to);

    /** How many points the definition has. */
    int count(int definitionId);

    /** How many points the definition has in an improvement cycle. */
    int countInCycle(int definitionId, int cycle);
}
