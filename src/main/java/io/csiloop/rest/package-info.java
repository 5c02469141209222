/**
 * CSI Loop's REST API, served by Jira under {@code /rest/csiloop/1.0} ({@code <rest>} module in
 * atlassian-plugin.xml) and by the preview's Jersey host from the same classes.
 *
 * <p>Resources ({@code *Resource}) are thin: they check nothing themselves beyond what {@link io.csiloop.rest.Requires}
 * declares, map {@code *Dto} records to calls of the application services ({@code io.csiloop.application}) and
 * the ports ({@code io.csiloop.port}), and map the domain records and refusals back to JSON and HTTP. Cross-cutting rules live in providers of this package, so that they hold whoever hosts it:
 * <ul>
 *   <li>{@link io.csiloop.rest.XsrfFilter}: Jira's REST rule against cross-site request forgery;</li>
 *   <li>{@link io.csiloop.rest.AccessFilter}: Browse Projects, Edit Issues or Administer Projects per method;</li>
 *   <li>{@link io.csiloop.rest.JsonBodyProvider}: every JSON body read and written with the app's own Jackson
 *       settings, bad JSON turned into field errors, oversized bodies refused;</li>
 *   <li>the exception mappers: every refusal is a 4xx whose JSON body ({@link io.csiloop.rest.ErrorDto}) lists
 *       the errors by field or line; a 500 answers only a real bug, and is logged.</li>
 * </ul>
 * Jira's REST v2 builds the resources and providers with Jersey and HK2: a constructor that takes arguments carries
 * {@code jakarta.inject.Inject}, or Jira cannot build the class (InjectedConstructionTest).
 * May import: the domain, the ports, the application layer, Jakarta REST, Jakarta Inject and Jackson; never Jira,
 * {@code io.csiloop.jira}, {@code io.csiloop.view}, Active Objects, the repositories or
 * {@code io.csiloop.persistence} (ArchitectureTest).
 */
package io.csiloop.rest;
