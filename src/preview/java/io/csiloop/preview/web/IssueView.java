package io.csiloop.preview.web;

import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.DemoUser;
import io.csiloop.preview.demo.IssueDetails;
import io.csiloop.preview.render.PreviewI18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Jira's pages show of an issue (the issue view, the navigator's rows): plain texts rather than app types,
 * people by their display names, times as Jira's default format writes them in the reporting zone.
 */
final class IssueView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MMM/yy", Locale.ENGLISH);

    private final DemoDirectory directory;
    private final PreviewI18n i18n;
    private final ZoneId zone;

    IssueView(DemoDirectory directory, PreviewI18n i18n, ZoneId zone) {
        this.directory = directory;
        this.i18n = i18n;
        this.zone = zone;
    }

    Map<String, Object> of(IssueDetails issue) {
        String none = i18n.getText("preview.issue.none");
        return Map.of("key", issue.ref().key(), "summary", issue.ref().summary(), "type", issue.ref().issueType(),
                "status", issue.ref().status(), "description", issue.description(),
                "assignee", person(issue.assignee()).orElse(i18n.getText("preview.issue.unassigned")),
                "reporter", person(issue.reporter()).orElse(none),
                "created", time(issue.created()).orElse(none), "updated", time(issue.updated()).orElse(none),
                "due", issue.due().map(DAY::format).orElse(none));
    }

    private Optional<String> person(Optional<String> name) {
        return name.map(n -> directory.byName(n).map(DemoUser::displayName).orElse(n));
    }

    private Optional<String> time(Optional<Instant> at) {
        return at.map(t -> TIME.format(t.atZone(zone)));
    }
}
