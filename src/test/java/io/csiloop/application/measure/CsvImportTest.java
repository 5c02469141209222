package io.csiloop.application.measure;

import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Users;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** CSV in and out without HTTP: what is recorded, what is refused and where, what is written. */
class CsvImportTest {

    /** The last days of November 2026: October and November are open to points, December is the future. */
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant AT = Instant.parse("2026-10-01T00:00:00Z");

    private final DataPoints points = mock(DataPoints.class);
    private final Users users = mock(Users.class);
    private final DataPointLog log = new DataPointLog(points, new ImprovementCycles(mock(ImprovementRegister.class)),
            users, Clock.fixed(NOW, ZoneOffset.UTC), new ReportingZone(ZoneId.of("Europe/Berlin")),
            FixedLimits.DEFAULTS);
    private final List<NewDataPoint> recorded = new ArrayList<>();

    CsvImportTest() {
        when(users.current()).thenReturn(Optional.empty());
        when(points.record(anyInt(), any(), any())).thenAnswer(call -> {
            recorded.addAll(call.getArgument(2)); // copied while the spilled points are still open
            return recorded.size();
        });
    }

    @Test
    void shouldRefuseTheFileListingEachBadLineByNumberAndRecordNothing() {
        CsvInvalid refused = assertThrows(CsvInvalid.class, () -> run("observedAt,value\n2026-10-01T00:00:00Z,1\n"
                + "not a date,2\n2026-10-03T00:00:00Z,0x10\n2026-10-04T00:00:00Z,1,extra\n", false));

        assertEquals(List.of(new CsvError("observedAt", 3L, PointInput.INSTANT, List.of()),
                new CsvError("value", 4L, "csiloop.rest.error.expected.number", List.of()),
                new CsvError(null, 5L, "csiloop.rest.error.csv.columns", List.of(2, 3))), refused.errors());
        verify(points, never()).record(anyInt(), any(), any());
    }

    @Test
    void shouldRecordTheValidLinesAsCsvWhenTheBadOnesMayBeSkipped() {
        CsvImport.Result result = run("value,observedAt,note\n1,2026-10-01T00:00:00Z,\"a, b\"\n,2026-10-02T00:00:00Z,\n",
                true);

        assertEquals(new CsvImport.Result(1, 1,
                List.of(new CsvError("value", 3L, PointInput.REQUIRED, List.of()))), result);
        assertEquals(List.of(new NewDataPoint(new DataPoint(AT, 1), "a, b")), recorded);
        verify(points).record(eq(5), eq(new Provenance(MeasurementSource.CSV, null, 1)), any());
    }

    @Test
    void shouldRefuseABadHeaderEvenWhenBadLinesMayBeSkipped() {
        CsvInvalid refused = assertThrows(CsvInvalid.class, () -> run("when,value\n2026-10-01T00:00:00Z,1\n", true));

        assertEquals(List.of(new CsvError("when", 1L, "csiloop.rest.error.csv.unknownColumn", List.of("when")),
                new CsvError("observedAt", 1L, "csiloop.rest.error.csv.missingColumn", List.of("observedAt"))),
                refused.errors());
    }

    @Test
    void shouldRefuseAFileWithMoreRowsThanTheLimitAndRecordNothing() {
        CsvImport limited = new CsvImport(log, FixedLimits.of(new CsvLimits(CsvLimits.DEFAULT_MAX_BYTES, 2)));
        String two = "observedAt,value\n2026-10-01T00:00:00Z,1\n\n\n2026-10-02T00:00:00Z,2\n";

        CsvImport.Result atTheLimit = limited.run(definition(), utf8(two), false);
        CsvTooLarge over = assertThrows(CsvTooLarge.class,
                () -> limited.run(definition(), utf8(two + "2026-10-03T00:00:00Z,bad\n"), true));

        assertEquals(2, atTheLimit.imported(), "blank lines are no rows");
        assertEquals(List.of(CsvTooLarge.ROWS, 2), List.of(over.messageKey(), over.limit()));
        verify(points).record(anyInt(), any(), any()); // once: the file at the limit, never the one over it
    }

    @Test
    void shouldStopReadingABodyAtTheByteLimitCountingBlankLines() {
        CsvImport limited = new CsvImport(log, FixedLimits.of(new CsvLimits(CsvLimits.MIN_BYTES, CsvLimits.MAX_ROWS)));
        String header = "observedAt,value\n";
        String exactly = header + "\n".repeat(CsvLimits.MIN_BYTES - header.length());
        long[] served = {0};
        InputStream endless = new InputStream() { // blank lines without end: only a limit read as it streams stops it
            @Override
            public int read() {
                served[0]++;
                return '\n';
            }
        };

        CsvImport.Result atTheLimit = limited.run(definition(), utf8(exactly), false);
        CsvTooLarge over = assertThrows(CsvTooLarge.class, () -> limited.run(definition(), utf8(exactly + "\n"), false));
        CsvTooLarge stopped = assertThrows(CsvTooLarge.class, () -> limited.run(definition(), endless, false));

        assertEquals(0, atTheLimit.imported());
        assertEquals(List.of(CsvTooLarge.BYTES, CsvLimits.MIN_BYTES), List.of(over.messageKey(), over.limit()));
        assertEquals(CsvTooLarge.BYTES, stopped.messageKey());
        assertEquals(CsvLimits.MIN_BYTES + 1, served[0], "read one byte past the limit, not a byte more");
        verify(points, never()).record(anyInt(), any(), any());
    }

    @Test
    void shouldRefuseAFileThatIsNotUtf8AsAWhole() {
        byte[] latin1 = "observedAt,value,note\n2026-10-01T00:00:00Z,1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        CsvInvalid refused = assertThrows(CsvInvalid.class,
                () -> new CsvImport(log, FixedLimits.DEFAULTS).run(definition(), new ByteArrayInputStream(latin1),
                        true));

        assertEquals(List.of(new CsvError(null, null, "csiloop.rest.error.csv.encoding", List.of())), refused.errors());
    }

    @Test
    void shouldExportInTheFormatTheImportReads() throws IOException {
        when(points.inTimeOrder(5, AT, AT.plusSeconds(86_400))).thenReturn(List.of(new DataPoint(AT, 70.5),
                new DataPoint(AT.plusSeconds(60), -3)));
        StringWriter out = new StringWriter();

        new CsvExport(log).write(definition(), AT, AT.plusSeconds(86_400), out);
        CsvImport.Result again = run(out.toString(), false);

        assertEquals("observedAt,value\n2026-10-01T00:00:00Z,70.5\n2026-10-01T00:01:00Z,-3.0\n", out.toString());
        assertEquals(2, again.imported());
    }

    private static InputStream utf8(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private CsvImport.Result run(String csv, boolean skipInvalid) {
        return new CsvImport(log, FixedLimits.DEFAULTS).run(definition(), utf8(csv), skipInvalid);
    }

    private static StoredDefinition definition() {
        MeasurementDefinition measure = new MeasurementDefinition("FCR", "First-contact resolution", null, "%",
                Direction.HIGHER_IS_BETTER, 80.0, null, 5, 60.0, Aggregation.AVERAGE, PeriodUnit.MONTH,
                MeasurementSource.MANUAL, null, null);
        return new StoredDefinition(5, 10, new Ownership(null, "fred"), measure, 1, AT, AT);
    }
}
