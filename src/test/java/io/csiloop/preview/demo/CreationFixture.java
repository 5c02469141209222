package io.csiloop.preview.demo;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** A fresh preview database with the preview's one create over it, by a fixed clock: what the create tests share. */
final class CreationFixture {

    final CurrentUser current = new CurrentUser();
    final DemoDirectory directory = new DemoDirectory(current);
    final IssueTable issues;
    final ProjectSchemes schemes;
    final IssueCreation creation;

    CreationFixture(Instant now) {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        issues = new IssueTable(() -> DriverManager.getConnection(url));
        schemes = new ProjectSchemes(() -> DriverManager.getConnection(url));
        creation = new IssueCreation(directory, schemes, issues, new InitialStatus(), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Creates through the Create dialog's path as the person. */
    IssueCreation.Outcome as(String user, IssueCreation.Request request) {
        return current.as(directory.byName(user).orElseThrow(), () -> creation.create(request));
    }
}
