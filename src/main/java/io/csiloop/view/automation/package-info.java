/**
 * The automation's administration pages: the global settings ({@link
 * io.csiloop.jira.web.AutomationAdminServlet}, "Administer Jira", linked from the administration menu)
 * and a project's settings and measurement configurations ({@link
 * io.csiloop.jira.web.ProjectAutomationServlet}, "Administer Projects", linked from the project
 * settings). Pages render Velocity templates in AUI markup from view objects whose every text is translated and
 * whose every value Jira escapes; forms post through a script that sends {@code X-Atlassian-Token: no-check},
 * which the servlets require (a page elsewhere cannot send it), and get field errors back as JSON.
 *
 * <p>May import: the domain, {@code io.csiloop.port} and the application layer; never Jira, HTTP or the tables.
 */
package io.csiloop.view.automation;
