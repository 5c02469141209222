/**
 * The app's ports ({@code io.csiloop.port}) implemented over Jira's API: thin translations from Jira's
 * managers to the app's records, each built by Jira's Spring context through its one constructor.
 *
 * <p>May import: everything, Jira's API included; each class is a translation, never a decision.
 */
package io.csiloop.jira.host;
