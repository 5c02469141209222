package io.csiloop.rest;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Imports data points from CSV streamed from the request: a header naming the columns {@code observedAt} and
 * {@code value} (required) and {@code note} (optional) in any order, then one point per line. Every line is
 * checked and every bad one reported with its line number (the first {@value #MAX_LISTED} in detail); valid
 * points wait in {@link SpilledPoints}, off the heap. Then either nothing is written (a bad line and no
 * {@code skipInvalid}) or all valid points are recorded in one transaction: never a part of them.
 */
public final class CsvImport {

    /** How many line errors an answer lists; the count covers all. */
    static final int MAX_LISTED = 100;
    static final String OBSERVED_AT = "observedAt";
    static final String VALUE = "value";
    static final String NOTE = "note";
    /** A decimal number as people and spreadsheets write it; Java's own parser also takes "NaN", "0x1p3", "1d". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,5})?");

    private final DataPointService points;

    public CsvImport(DataPointService points) {
        this.points = points;
    }

    /**
     * What an import did.
     *
     * @param skipped how many bad lines were left out
     * @param problems the first of them with their line numbers, then one that counts the rest
     */
    public record Result(int imported, int skipped, List<Problem> problems) {
    }

    /** Reads the CSV and records its points; throws a 400 listing the bad lines when it writes nothing. */
    public Result run(StoredDefinition definition, InputStream body, boolean skipInvalid) {
        try (SpilledPoints valid = new SpilledPoints()) {
            Report report = read(body, valid);
            if (report.count > 0 && (!skipInvalid || report.fileRefused)) {
                throw ApiProblem.invalid(report.listed());
            }
            int imported = valid.isEmpty() ? 0 : points.record(definition, MeasurementSource.CSV, valid.seal());
            return new Result(imported, report.count, report.listed());
        } catch (CharacterCodingException e) {
            throw ApiProblem.invalid(List.of(Problem.general(Keys.CSV_ENCODING)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Report read(InputStream body, SpilledPoints valid) throws IOException {
        Report report = new Report();
        CsvRecords csv = new CsvRecords(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)), 1 << 16));
        CsvRecords.Row header = csv.next();
        if (header == null) {
            report.add(new Problem(null, 1L, Keys.CSV_HEADER, List.of()));
        }
        Columns columns = header == null ? null : Columns.of(header, report);
        if (columns == null) {
            report.fileRefused = true;
            return report;
        }
        for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
            if (row.blank()) {
                continue;
            }
            if (valid.full()) {
                report.add(new Problem(null, row.line(), Keys.TOO_MANY, List.of(SpilledPoints.MAX_POINTS)));
                report.fileRefused = true; // too many is not a bad line to skip: refuse the file
                return report;
            }
            NewDataPoint point = columns.point(row, report);
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
                report.add(new Problem(null, header.line(), Keys.CSV_HEADER, List.of()));
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
                    report.add(new Problem(name, header.line(), Keys.CSV_UNKNOWN_COLUMN, List.of(name)));
                } else if (seen >= 0) {
                    report.add(new Problem(name, header.line(), Keys.CSV_DUPLICATE_COLUMN, List.of(name)));
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
                    report.add(new Problem(required, header.line(), Keys.CSV_MISSING_COLUMN, List.of(required)));
                }
            }
            return report.count > before ? null : new Columns(observedAt, value, note, names.size());
        }

        NewDataPoint point(CsvRecords.Row row, Report report) {
            if (row.fields() == null) {
                report.add(new Problem(null, row.line(), Keys.CSV_BROKEN_LINE, List.of(CsvRecords.MAX_RECORD_CHARS)));
                return null;
            }
            if (row.fields().size() != width) {
                report.add(new Problem(null, row.line(), Keys.CSV_COLUMNS, List.of(width, row.fields().size())));
                return null;
            }
            String valueText = row.fields().get(value).strip();
            List<Problem> problems = new ArrayList<>();
            Double number = null;
            if (!valueText.isEmpty() && !NUMBER.matcher(valueText).matches()) {
                problems.add(Problem.field(VALUE, Keys.EXPECTED_NUMBER));
                number = 0.0; // stands in for the bad text, so the value is not also reported missing
            } else if (!valueText.isEmpty()) {
                number = Double.parseDouble(valueText);
            }
            String note = this.note < 0 || row.fields().get(this.note).isEmpty() ? null : row.fields().get(this.note);
            NewDataPoint point = DataPointService.point(
                    new DataPointDto.InputDto(row.fields().get(observedAt), number, note), "", problems);
            problems.forEach(p -> report.add(new Problem(p.field(), row.line(), p.messageKey(), p.params())));
            return problems.isEmpty() ? point : null;
        }
    }

    /** The bad lines: all counted, the first ones kept. */
    private static final class Report {
        private final List<Problem> listed = new ArrayList<>();
        private int count;
        private boolean fileRefused;

        void add(Problem problem) {
            if (listed.size() < MAX_LISTED) {
                listed.add(problem);
            }
            count++;
        }

        List<Problem> listed() {
            if (count <= listed.size()) {
                return listed;
            }
            List<Problem> all = new ArrayList<>(listed);
            all.add(Problem.general(Keys.CSV_MORE_ERRORS, count - listed.size()));
            return all;
        }
    }
}
