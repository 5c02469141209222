package io.csiloop.rest;

import io.csiloop.application.measure.DataPointLog;
import io.csiloop.application.measure.PointInput;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.PointChange;
import io.csiloop.measure.PointChangeAction;
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

        static PageDto of(DataPointLog.Page page) {
            return new PageDto(page.from().toString(), page.to().toString(), page.start(), page.limit(), page.total(),
                    page.points().stream().map(DataPointDto::of).toList());
        }
    }

    /**
     * A data point to record.
     *
     * @param observedAt ISO-8601 instant ({@code 2026-03-01T09:30:00Z} or with an offset); required
     * @param value finite; required
     * @param note optional, at most 450 characters
     */
    public record InputDto(String observedAt, Double value, String note) implements JsonBody {

        PointInput input() {
            return new PointInput(observedAt, value, note);
        }
    }

    /** Data points to record all together or not at all (at most {@value DataPointLog#MAX_BATCH}). */
    public record BatchDto(List<InputDto> points) implements JsonBody {

        /** The points as sent (a missing one stays missing, so that it is refused by its index). */
        List<PointInput> input() {
            return points == null ? null : points.stream().map(p -> p == null ? null : p.input()).toList();
        }
    }

    /**
     * A stored data point as it should be, and why it is corrected.
     *
     * @param observedAt as for a new point; required
     * @param value finite; required
     * @param note optional, at most 450 characters; null removes the note
     * @param reason why it is corrected; required, at most 450 characters
     */
    public record CorrectionDto(String observedAt, Double value, String note, String reason) implements JsonBody {

        PointInput input() {
            return new PointInput(observedAt, value, note);
        }
    }

    /** Why a data point is deleted: required, at most 450 characters. */
    public record DeletionDto(String reason) implements JsonBody {
    }

    /** A data point's observation and note, before or after a change. */
    public record StateDto(String observedAt, double value, String note) implements JsonBody {

        static StateDto of(NewDataPoint p) {
            return p == null ? null : new StateDto(p.point().observedAt().toString(), p.point().value(), p.note());
        }
    }

    /**
     * One correction or deletion of a data point.
     *
     * @param number the change's place in the point's history, from 1
     * @param after null for a deletion
     */
    public record ChangeDto(int number, PointChangeAction action, String changedBy, String changedAt, String reason,
            StateDto before, StateDto after) implements JsonBody {

        static ChangeDto of(PointChange c) {
            return new ChangeDto(c.number(), c.action(), c.changedBy(), c.changedAt().toString(), c.reason(),
                    StateDto.of(c.before()), StateDto.of(c.after()));
        }
    }

    /** A data point's changes, oldest first (a deleted point's history ends with its deletion). */
    public record HistoryDto(int pointId, List<ChangeDto> changes) implements JsonBody {
    }

    /** How many data points a request recorded. */
    public record RecordedDto(int recorded) implements JsonBody {
    }
}
