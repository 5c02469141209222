package io.csiloop.kpi;


import io.csiloop.kernel.Repository;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The KPI value of every period of many definitions at once, each by its own aggregation and period length:
 * exactly what {@code io.csiloop.kpi.KpiStream} computes over the same stored data points (for sums and
 * averages up to the rounding of adding in another order), only without moving every point out of the
 * database where the database can aggregate.
 */
@Repository
public interface PeriodAggregates {

    /**
     * @param definitions the definitions; their aggregation and period say how to aggregate
     * @param from the first instant of data points included
     * @param to the first instant after them
     * @param zone the zone the periods are read in (the user's)
     * @return per definition id, the values of the periods that have data, in period order; a definition
     *     without data in the range maps to an empty list
     */
    Map<Integer, List<KpiValue>> of(Collection<StoredDefinition> definitions, Instant from, Instant to, ZoneId zone);
}
