/**
 * What CSI Loop needs from the product it runs in, said in the app's own terms: who is asking, which
 * projects and issues exist, and what the asking user may do with them. Jira implements these ports in
 * {@code io.csiloop.jira.host}; the preview implements them without Jira. Pure Java: no host type appears here.
 *
 * <p>May import: the JDK and the domain's values; never a host type.
 */
package io.csiloop.port;
