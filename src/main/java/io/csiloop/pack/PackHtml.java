package io.csiloop.pack;

import io.csiloop.kernel.MessageSource;

import java.time.format.DateTimeFormatter;

/**
 * The stakeholder pack as one XHTML page: the KPIs at a glance, the findings, the decision, the before/after
 * verdict and every KPI with its chart (trend, target, control limits). The same page is what the browser shows,
 * what the PDF is rendered from and what a snapshot stores.
 */
public final class PackHtml {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final MessageSource messages;

    public PackHtml(MessageSource messages) {
        this.messages = messages;
    }

    /** The pack's page; every user-written text in it is escaped. */
    public String render(PackContent content) {
        Page page = new Page(messages);
        String title = page.msg("csiloop.pack.title", content.issueKey(), content.title());
        page.open(title, page.msg("csiloop.pack.description", content.issueKey())).element("h1", null, title);
        page.element("p", "meta", page.msg("csiloop.pack.meta", content.cycle(), content.producedBy(),
                WHEN.format(content.producedAt().atZone(content.zone())), content.zone().getId()));
        KpiSections.glance(page, content);
        page.element("h2", null, page.msg("csiloop.pack.findings.heading"));
        text(page, content.findings(), "csiloop.pack.findings.none");
        page.element("h2", null, page.msg("csiloop.pack.decision.heading"));
        text(page, content.decision(), "csiloop.pack.decision.none");
        if (!content.decidedBy().isBlank()) {
            page.element("p", "muted", page.msg("csiloop.pack.decision.by", content.decidedBy()));
        }
        KpiSections.beforeAfter(page, content);
        KpiSections.details(page, content);
        return page.close();
    }

    private static void text(Page page, String userText, String noneKey) {
        if (userText.isBlank()) {
            page.element("p", "muted", page.msg(noneKey));
        } else {
            page.element("p", "text", userText);
        }
    }
}
