package io.csiloop.rest;

/**
 * A JSON body of the CSI Loop API, read and written by {@link JsonBodyProvider} with the app's own Jackson
 * settings rather than the host's. The marker also makes that provider the closest match for these types,
 * so a host's general Jackson provider (declared for {@code Object}) never handles them.
 */
public interface JsonBody {
}
