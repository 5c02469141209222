package io.csiloop.pack;

import io.csiloop.kernel.MessageSource;
import io.csiloop.process.MissingEvidence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The phase-exit report of a Lifecycle Project as one print-friendly XHTML page: for every phase exit, the gate,
 * whether and by whom it was passed, the evidence recorded for it (as presented at the passage, for a passed gate)
 * and what is still missing. The PDF is rendered
 * from the same page by {@link PackPdf}.
 */
public final class PhaseExitReport {

    private final MessageSource messages;

    public PhaseExitReport(MessageSource messages) {
        this.messages = messages;
    }

    public String render(String issueKey, String title, Instant at, ZoneId zone, List<PhaseExit> exits) {
        Page page = new Page(messages);
        String heading = page.msg("csiloop.pack.phaseExit.title", issueKey, title);
        page.open(heading, page.msg("csiloop.pack.phaseExit.description", issueKey)).element("h1", null, heading);
        page.element("p", "meta", page.msg("csiloop.pack.phaseExit.meta", PackHtml.WHEN.format(at.atZone(zone)),
                zone.getId()));
        for (PhaseExit exit : exits) {
            page.element("h2", null, page.msg(exit.verdict().nameKey()));
            if (exit.passedBy() != null) {
                page.element("p", "ON_TARGET", page.msg("csiloop.pack.phaseExit.passed", exit.passedBy(),
                        PackHtml.WHEN.format(exit.passedAt().atZone(zone))));
            } else {
                page.element("p", "muted", page.msg("csiloop.pack.phaseExit.notPassed"));
            }
            if (exit.decision() != null) {
                page.element("p", "decision", page.msg("csiloop.pack.phaseExit.decision", exit.decision().outcome(),
                        exit.decision().approver()));
                if (!exit.decision().conditions().isBlank()) {
                    page.element("p", "text", page.msg("csiloop.pack.phaseExit.conditions", exit.decision().conditions()));
                }
            }
            if (exit.amendedSince() > 0) {
                page.element("p", "muted", page.msg("csiloop.pack.phaseExit.amended", exit.amendedSince()));
            }
            evidence(page, exit, zone);
            missing(page, exit);
        }
        return page.close();
    }

    private static void evidence(Page page, PhaseExit exit, ZoneId zone) {
        if (exit.evidence().isEmpty()) {
            page.element("p", "muted", page.msg("csiloop.pack.phaseExit.noEvidence"));
            return;
        }
        page.markup("<table><thead><tr>");
        for (String column : new String[] {"item", "state", "text", "by"}) {
            page.element("th", null, page.msg("csiloop.pack.phaseExit.col." + column));
        }
        page.markup("</tr></thead><tbody>");
        for (PhaseExit.Line line : exit.evidence()) {
            page.markup("<tr>").element("td", null, line.item()).element("td", null, line.state());
            page.element("td", "text", line.text() == null ? "" : line.text());
            page.element("td", null, line.by() + ", " + PackHtml.WHEN.format(line.at().atZone(zone)));
            page.markup("</tr>");
        }
        page.markup("</tbody></table>\n");
    }

    private void missing(Page page, PhaseExit exit) {
        if (exit.verdict().passed()) {
            page.element("p", null, page.msg("csiloop.pack.phaseExit.complete"));
            return;
        }
        page.element("p", null, page.msg("csiloop.pack.phaseExit.missing")).markup("<ul>");
        for (MissingEvidence missing : exit.verdict().missing()) {
            page.element("li", null, missing.describe(messages));
        }
        page.markup("</ul>\n");
    }
}
