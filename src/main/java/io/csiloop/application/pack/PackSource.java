package io.csiloop.application.pack;

import io.csiloop.kpi.KpiValue;
import io.csiloop.pack.PackContent;
import io.csiloop.pack.PackKpi;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The data a pack was built from, as stored beside its HTML and CSV: the texts as they were (findings, decision),
 * who and when, and per KPI its definition's key, version-relevant settings and the values per period. Written
 * as Java properties, which escape every character they need to, so any user-written text survives.
 */
final class PackSource {

    private PackSource() {
    }

    static String write(PackContent content) {
        Properties p = new Properties();
        p.setProperty("issueKey", content.issueKey());
        p.setProperty("title", content.title());
        p.setProperty("cycle", Integer.toString(content.cycle()));
        p.setProperty("findings", content.findings());
        p.setProperty("decision", content.decision());
        p.setProperty("decidedBy", content.decidedBy());
        p.setProperty("producedBy", content.producedBy());
        p.setProperty("producedAt", content.producedAt().toString());
        p.setProperty("zone", content.zone().getId());
        p.setProperty("kpis", Integer.toString(content.kpis().size()));
        for (int i = 0; i < content.kpis().size(); i++) {
            PackKpi kpi = content.kpis().get(i);
            String at = "kpi." + i + ".";
            p.setProperty(at + "definition", kpi.definition().toString());
            p.setProperty(at + "values", kpi.values().stream().map(PackSource::value).collect(Collectors.joining(";")));
            kpi.beforeAfter().ifPresent(b -> p.setProperty(at + "beforeAfter",
                    b.meanBefore() + ";" + b.meanAfter() + ";" + b.verdict()));
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter cannot fail", e);
        }
        // Properties.store writes the date as its first comment line; the pack's own time is what counts.
        return out.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String value(KpiValue value) {
        return value.period().firstDay() + "=" + value.value() + "/" + value.sampleCount();
    }
}
