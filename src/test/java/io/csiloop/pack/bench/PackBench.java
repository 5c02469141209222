package io.csiloop.pack.bench;

import io.csiloop.pack.PackContent;
import io.csiloop.pack.PackFixtures;
import io.csiloop.pack.PackHtml;
import io.csiloop.pack.PackPdf;
import io.csiloop.preview.render.PreviewI18n;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Rendering a stakeholder pack of 50 KPIs (52 weekly values each, with before/after): its XHTML page (50 charts
 * drawn as PNG) and its PDF from that page. See docs/benchmarks.md, "Stakeholder pack".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PackBench {

    private PackContent content;
    private PackHtml html;
    private String page;

    @Setup
    public void setUp() {
        content = PackFixtures.content("Findings of the cycle", "Keep the change", 50);
        html = new PackHtml(PreviewI18n.standard());
        page = html.render(content);
    }

    @Benchmark
    public String html50Kpis() {
        return html.render(content);
    }

    @Benchmark
    public byte[] pdf50KpisFromHtml() {
        return new PackPdf().render(page);
    }
}
