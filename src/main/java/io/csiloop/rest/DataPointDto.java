package io.csiloop.rest;

import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.StoredDataPoint;

import java.util.List;

/** A stored data point; instants are ISO-8601 text in UTC. */
public record DataPointDto(int id, String observedAt, double value, String note, MeasurementSource source,
        String recordedBy, int cycle, String recordedAt) implements JsonBody {

    static DataPointDto of(StoredDataPoint p) {
        return new DataPointDto(p.id(), p.point().observedAt().toString(), p.point().value(), p.note(),
                p.provenance().source(), p.provenance().recordedBy(), p.provenance().cycle(),
                p.recordedAt().toString());
    }

    /**
     * One page of the data points observed in {@code [from, to)}, in time order.
     *
     * @param start the index of the first point of the page within the range
     * @param total how many points the range holds
     */
    public record PageDto(String from, String to, int start, int limit, int total, List<DataPointDto> points)
            implements JsonBody {
    }

    /**
     * A data point to record.
     *
     * @param observedAt ISO-8601 instant ({@code 2026-03-01T09:30:00Z} or with an offset); required
     * @param value finite; required
     * @param note optional, at most 450 characters
     */
    public record InputDto(String observedAt, Double value, String note) implements JsonBody {
    }

    /** Data points to record all together or not at all (at most {@value DataPointService#MAX_BATCH}). */
    public record BatchDto(List<InputDto> points) implements JsonBody {
    }

    /** How many data points a request recorded. */
    public record RecordedDto(int recorded) implements JsonBody {
    }
}
