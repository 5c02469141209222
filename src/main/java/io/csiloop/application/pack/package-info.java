/**
 * Producing a stakeholder pack and keeping it: the pack is assembled from the repositories and the gate layer, rendered
 * by {@link io.csiloop.pack}, and stored as an immutable snapshot (its HTML, its CSV and the data it was built
 * from, with who and when) that is step 6's evidence and is served later exactly as it was presented.
 *
 * <p>May import: the domain, {@code io.csiloop.port} and the gate layer; never Jira, HTTP or Active Objects.
 */
package io.csiloop.application.pack;
