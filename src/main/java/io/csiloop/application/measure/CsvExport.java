package io.csiloop.application.measure;

import io.csiloop.measure.DataPoint;
import io.csiloop.measure.StoredDefinition;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Writes a definition's data points as CSV in the format {@link CsvImport} reads: {@code observedAt,value}, in time
 * order, streamed as the store reads them, so a range of any size is written in bounded memory. Notes are not
 * written: the store streams points without them.
 */
public final class CsvExport {

    private final DataPointLog points;

    public CsvExport(DataPointLog points) {
        this.points = points;
    }

    /** Writes the header and the points observed in {@code [from, to)}; the caller flushes and closes. */
    public void write(StoredDefinition definition, Instant from, Instant to, Writer out) throws IOException {
        out.write(CsvImport.OBSERVED_AT + "," + CsvImport.VALUE + "\n");
        for (DataPoint point : points.inTimeOrder(definition, from, to)) {
            out.write(point.observedAt() + "," + point.value() + "\n");
        }
    }
}
