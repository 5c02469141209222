/**
 * Producing a stakeholder pack and keeping it: the pack is assembled from the store and the review layer, rendered
 * by {@link io.csiloop.pack}, and stored as an immutable snapshot (its HTML, its CSV and the data it was built
 * from, with who and when) that is step 6's evidence and is served later exactly as it was presented.
 */
package io.csiloop.application.pack;
