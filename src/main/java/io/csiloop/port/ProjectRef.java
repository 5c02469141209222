package io.csiloop.port;

/**
 * A host project: its numeric id (stable), its current key and its name.
 */
public record ProjectRef(long id, String key, String name) {
}
