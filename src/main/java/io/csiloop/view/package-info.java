/**
 * What the panels, the project page and the dashboard items show, built without Jira: immutable views whose every
 * text is translated and every number formatted, so a template only prints them (every getter is in the
 * descriptor's velocity allowlist). The Jira context providers in {@code io.csiloop.jira.web} and the preview
 * both render these same views.
 *
 * <p>May import: the domain, {@code io.csiloop.port} and the application layer; never Jira, HTTP, Active Objects,
 * the repositories or the REST package.
 */
package io.csiloop.view;
