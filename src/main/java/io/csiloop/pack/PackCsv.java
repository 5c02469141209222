package io.csiloop.pack;

import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PhasedChart;
import io.csiloop.kpi.XmrLimits;
import io.csiloop.measure.MeasurementDefinition;

import java.util.Optional;

/**
 * The numbers of a pack as CSV (RFC 4180, UTF-8): one line per KPI and period with the value, its sample count,
 * the target and, on the periods its chart is drawn from (the KPI's {@link KpiReading}), the control limits of
 * the phase the period belongs to. Text
 * cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe, since KPI names are user-written.
 */
public final class PackCsv {

    static final String HEADER = "kpi_key,kpi_name,unit,period_start,value,sample_count,target,centre,"
            + "lower_limit,upper_limit\r\n";

    public String render(PackContent content) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (PackKpi kpi : content.kpis()) {
            MeasurementDefinition d = kpi.definition();
            KpiReading reading = kpi.reading(content.producedAt());
            Optional<PhasedChart> chart = reading.chart();
            for (KpiValue value : kpi.values()) {
                // The limits of the phase the value belongs to, on the periods the chart is drawn from.
                int shown = reading.values().indexOf(value);
                Optional<XmrLimits> limits = chart.filter(c -> shown >= 0).flatMap(c -> c.phaseOf(shown).limits());
                csv.append(cell(d.key())).append(',').append(cell(d.name())).append(',').append(cell(d.unit()))
                        .append(',').append(value.period().firstDay()).append(',').append(value.value())
                        .append(',').append(value.sampleCount()).append(',')
                        .append(d.target() == null ? "" : d.target().toString()).append(',')
                        .append(limits.map(l -> l.centre() + "," + l.lowerLimit() + "," + l.upperLimit()).orElse(",,"))
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
