/**
 * The automation's administration pages: the global settings ({@link
 * io.csiloop.jira.web.AutomationAdminServlet}, "Administer Jira", linked from the administration menu)
 * and a project's settings and measurement configurations ({@link
 * io.csiloop.jira.web.ProjectAutomationServlet}, "Administer Projects", linked from the project
 * settings). The servlets only render: Velocity templates in AUI markup from view objects whose every text is
 * translated and whose every value Jira escapes. The page's script saves through the REST API as the rest of the UI
 * does ({@code CSILoop.api}: JSON with {@code X-Atlassian-Token: no-check}), whose resources check the same
 * permissions, and shows the field errors it answers; the view objects name those resources.
 *
 * <p>May import: the domain, {@code io.csiloop.port} and the application layer; never Jira, HTTP or the tables.
 */
package io.csiloop.view.automation;
