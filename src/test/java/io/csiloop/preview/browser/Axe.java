package io.csiloop.preview.browser;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core, from npm (src/main/frontend's devDependency, installed into target/frontend by the build and never
 * packaged into the plugin), run in the page the browser shows against the rules of WCAG 2.1 levels A and AA.
 */
final class Axe {

    /** Where the build's {@code npm ci} puts it (pom.xml, frontend profile). */
    static final Path SCRIPT = Path.of("target", "frontend", "node_modules", "axe-core", "axe.min.js");

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    resultTypes: ['violations']})
                .then(function (results) {
                    done(results.violations.map(function (v) {
                        return {id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.map(function (n) {
                            return {target: n.target.join(' '), html: n.html, summary: n.failureSummary || ''};
                        })};
                    }));
                })
                .catch(function (e) { done([{id: 'axe-error', impact: '', help: String(e), nodes: []}]); });
            """;

    private Axe() {
    }

    /** A rule the page breaks, with every element that breaks it. */
    record Violation(String id, String impact, String help, List<Node> nodes) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(id + " (" + impact + ", " + nodes.size() + " element"
                    + (nodes.size() == 1 ? "" : "s") + "): " + help);
            for (Node node : nodes) {
                text.append("\n    ").append(node.target()).append("  ").append(node.html())
                        .append("\n      ").append(node.summary().replace("\n", "\n      "));
            }
            return text.toString();
        }
    }

    /** One element: its CSS path, its markup and what axe says is wrong with it. */
    record Node(String target, String html, String summary) {
    }

    /** Injects axe into the page shown now and returns what WCAG 2.1 A/AA rules it breaks; none is what passes. */
    static List<Violation> violations(Browser browser) throws IOException {
        if (!Files.isReadable(SCRIPT)) {
            throw new IllegalStateException(SCRIPT + " is missing: axe-core comes from src/main/frontend's lockfile; "
                    + "run mvn clean so that the build runs npm ci again");
        }
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(Files.readString(SCRIPT));
        Object result = js.executeAsyncScript(RUN);
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) item;
            List<Node> nodes = new ArrayList<>();
            for (Object n : (List<?>) v.get("nodes")) {
                Map<?, ?> node = (Map<?, ?>) n;
                nodes.add(new Node((String) node.get("target"), (String) node.get("html"), (String) node.get("summary")));
            }
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), nodes));
        }
        return violations;
    }

    /** The violations as a person reads them, one rule after the other. */
    static String report(String page, List<Violation> violations) {
        StringBuilder text = new StringBuilder(page + ": " + violations.size() + " WCAG 2.1 A/AA rule"
                + (violations.size() == 1 ? "" : "s") + " broken");
        violations.forEach(v -> text.append("\n  ").append(v));
        return text.toString();
    }
}
