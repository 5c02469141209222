/**
 * The app's ports ({@code io.csiloop.port}) implemented over Jira's API: thin translations from Jira's
 * managers to the app's records, each built by Jira's Spring context through its one constructor.
 */
package io.csiloop.jira.host;
