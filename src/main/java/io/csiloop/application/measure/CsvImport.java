package io.csiloop.application.measure;

import io.csiloop.kernel.FieldError;
import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.StoredDefinition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Imports data points from CSV as it streams in (a request body, an upload): a header naming the columns
 * {@code observedAt} and {@code value} (required) and {@code note} (optional) in any order, then one point per
 * line. Every line is checked and every bad one reported with its line number (the first {@value #MAX_LISTED} in
 * detail); valid points wait in {@link SpilledPoints}, off the heap. Then either nothing is written (a bad line
 * and no {@code skipInvalid}) or all valid points are recorded in one transaction: never a part of them. A file over
 * the limits an administrator set ({@link CsvLimits}: bytes, counted as they stream in, and rows) is refused with
 * {@link CsvTooLarge} as soon as it passes one, before anything is recorded.
 */
public final class CsvImport {

    /** How many line errors an answer lists; the count covers all. */
    public static final int MAX_LISTED = 100;
    static final String OBSERVED_AT = "observedAt";
    static final String VALUE = "value";
    static final String NOTE = "note";

    // The messages of the REST API's section, where CSV import was first offered.
    private static final String CSV_HEADER = "csiloop.rest.error.csv.header";
    private static final String CSV_UNKNOWN_COLUMN = "csiloop.rest.error.csv.unknownColumn";
    private static final String CSV_DUPLICATE_COLUMN = "csiloop.rest.error.csv.duplicateColumn";
    private static final String CSV_MISSING_COLUMN = "csiloop.rest.error.csv.missingColumn";
    private static final String CSV_BROKEN_LINE = "csiloop.rest.error.csv.brokenLine";
    private static final String CSV_COLUMNS = "csiloop.rest.error.csv.columns";
    private static final String CSV_MORE_ERRORS = "csiloop.rest.error.csv.moreErrors";
    private static final String CSV_ENCODING = "csiloop.rest.error.csv.encoding";
    private static final String EXPECTED_NUMBER = "csiloop.rest.error.expected.number";
    /** A decimal number as people and spreadsheets write it; Java's own parser also takes "NaN", "0x1p3", "1d". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,5})?");

    private final DataPointLog points;
    private final EntryLimitsStore limits;

    public CsvImport(DataPointLog points, EntryLimitsStore limits) {
        this.points = points;
        this.limits = limits;
    }

    /**
     * What an import did.
     *
     * @param skipped how many bad lines were left out
     * @param errors the first of them with their line numbers, then one that counts the rest
     */
    public record Result(int imported, int skipped, List<CsvError> errors) {
    }

    /**
     * Reads the CSV (UTF-8) and records its points by the current user, in the definition's current cycle.
     *
     * @param skipInvalid record the valid lines even when others are bad (a bad header still refuses the file)
     * @throws CsvInvalid listing the bad lines, when it records nothing
     * @throws CsvTooLarge when the file passes a limit an administrator set; nothing is recorded then
     * @throws io.csiloop.measure.DefinitionNotFound when the definition was deleted meanwhile
     */
    public Result run(StoredDefinition definition, InputStream body, boolean skipInvalid) {
        try (SpilledPoints valid = new SpilledPoints()) {
            CsvLimits limits = this.limits.csvLimits();
            Report report = read(new LimitedInput(body, limits.maxBytes()), limits.maxRows(), valid,
                    points.acceptedBefore(definition), definition.definition());
            if (report.count > 0 && (!skipInvalid || report.fileRefused)) {
                throw new CsvInvalid(report.listed());
            }
            int imported = valid.isEmpty() ? 0 : points.record(definition, MeasurementSource.CSV, valid.seal());
            return new Result(imported, report.count, report.listed());
        } catch (CharacterCodingException e) {
            throw new CsvInvalid(List.of(CsvError.ofFile(CSV_ENCODING)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Report read(InputStream body, int maxRows, SpilledPoints valid, Instant acceptedBefore,
            MeasurementDefinition measure) throws IOException {
        Report report = new Report();
        CsvRecords csv = new CsvRecords(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)), 1 << 16));
        CsvRecords.Row header = csv.next();
        if (header == null) {
            report.add(CsvError.atLine(1, null, CSV_HEADER));
        }
        Columns columns = header == null ? null : Columns.of(header, report);
        if (columns == null) {
            report.fileRefused = true;
            return report;
        }
        int rows = 0;
        for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
            if (row.blank()) {
                continue; // its bytes count toward the byte limit all the same
            }
            if (++rows > maxRows) {
                throw new CsvTooLarge(CsvTooLarge.ROWS, maxRows);
            }
            if (valid.full()) {
                report.add(CsvError.atLine(row.line(), null, DataPointLog.TOO_MANY, SpilledPoints.MAX_POINTS));
                report.fileRefused = true; // too many is not a bad line to skip: refuse the file
                return report;
            }
            NewDataPoint point = columns.point(row, acceptedBefore, measure, report);
            if (point != null) {
                valid.add(point.point().observedAt(), point.point().value(), point.note());
            }
        }
        return report;
    }

    /** The header's layout: which field holds which column. */
    private record Columns(int observedAt, int value, int note, int width) {

        static Columns of(CsvRecords.Row header, Report report) {
            if (header.fields() == null) {
                report.add(CsvError.atLine(header.line(), null, CSV_HEADER));
                return null;
            }
            int observedAt = -1;
            int value = -1;
            int note = -1;
            int before = report.count;
            List<String> names = header.fields();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip().replace("\uFEFF", ""); // a byte order mark spreadsheets write
                int seen = name.equals(OBSERVED_AT) ? observedAt : name.equals(VALUE) ? value : name.equals(NOTE) ? note : -2;
                if (seen == -2) {
                    report.add(CsvError.atLine(header.line(), name, CSV_UNKNOWN_COLUMN, name));
                } else if (seen >= 0) {
                    report.add(CsvError.atLine(header.line(), name, CSV_DUPLICATE_COLUMN, name));
                } else if (name.equals(OBSERVED_AT)) {
                    observedAt = i;
                } else if (name.equals(VALUE)) {
                    value = i;
                } else {
                    note = i;
                }
            }
            for (String required : new String[] {OBSERVED_AT, VALUE}) {
                if ((required.equals(OBSERVED_AT) ? observedAt : value) < 0) {
                    report.add(CsvError.atLine(header.line(), required, CSV_MISSING_COLUMN, required));
                }
            }
            return report.count > before ? null : new Columns(observedAt, value, note, names.size());
        }

        NewDataPoint point(CsvRecords.Row row, Instant acceptedBefore, MeasurementDefinition measure, Report report) {
            if (row.fields() == null) {
                report.add(CsvError.atLine(row.line(), null, CSV_BROKEN_LINE, CsvRecords.MAX_RECORD_CHARS));
                return null;
            }
            if (row.fields().size() != width) {
                report.add(CsvError.atLine(row.line(), null, CSV_COLUMNS, width, row.fields().size()));
                return null;
            }
            String valueText = row.fields().get(value).strip();
            List<FieldError> errors = new ArrayList<>();
            Double number = null;
            if (!valueText.isEmpty() && !NUMBER.matcher(valueText).matches()) {
                errors.add(FieldError.of(VALUE, EXPECTED_NUMBER));
                number = 0.0; // stands in for the bad text, so the value is not also reported missing
            } else if (!valueText.isEmpty()) {
                number = Double.parseDouble(valueText);
            }
            String note = this.note < 0 || row.fields().get(this.note).isEmpty() ? null : row.fields().get(this.note);
            NewDataPoint point = PointInput.check(new PointInput(row.fields().get(observedAt), number, note),
                    acceptedBefore, measure, "", errors);
            errors.forEach(e -> report.add(CsvError.atLine(row.line(), e)));
            return errors.isEmpty() ? point : null;
        }
    }

    /** The bad lines: all counted, the first ones kept. */
    private static final class Report {
        private final List<CsvError> listed = new ArrayList<>();
        private int count;
        private boolean fileRefused;

        void add(CsvError error) {
            if (listed.size() < MAX_LISTED) {
                listed.add(error);
            }
            count++;
        }

        List<CsvError> listed() {
            if (count <= listed.size()) {
                return listed;
            }
            List<CsvError> all = new ArrayList<>(listed);
            all.add(CsvError.ofFile(CSV_MORE_ERRORS, count - listed.size()));
            return all;
        }
    }
}
