/**
 * The web modules Jira builds from the descriptor, thin: context providers that turn the issue or project Jira
 * hands over into a view of {@code io.csiloop.view} (for the issue panels, a shell read from Jira's issue alone),
 * the issue-type condition, and the servlets of the issue panels' content, the measure page, the project setup and
 * automation pages. What a page shows is decided in {@code io.csiloop.view}; what it changes goes through the REST
 * API.
 *
 * <p>May import: everything, Jira's API and the servlet API included; never the tables
 * ({@code io.csiloop.persistence}, the repositories).
 */
package io.csiloop.jira.web;
