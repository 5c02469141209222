package io.csiloop.pack;

import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.XmrChart;
import io.csiloop.kpi.XmrLimits;
import io.csiloop.measure.MeasurementDefinition;

import java.util.Optional;

/**
 * The numbers of a pack as CSV (RFC 4180, UTF-8): one line per KPI and period with the value, its sample count,
 * the target and, on the periods its chart is drawn from (the KPI's {@link KpiReading}), the control limits. Text
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
            Optional<XmrLimits> limits = reading.chart().map(XmrChart::limits);
            for (KpiValue value : kpi.values()) {
                csv.append(cell(d.key())).append(',').append(cell(d.name())).append(',').append(cell(d.unit()))
                        .append(',').append(value.period().firstDay()).append(',').append(value.value())
                        .append(',').append(value.sampleCount()).append(',')
                        .append(d.target() == null ? "" : d.target().toString()).append(',')
                        .append(limits.filter(l -> reading.values().contains(value))
                                .map(l -> l.centre() + "," + l.lowerLimit() + "," + l.upperLimit()).orElse(",,"))
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
