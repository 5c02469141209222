package io.csiloop.preview.web;

import java.io.IOException;

/** A page or endpoint of the preview host: answers the exchange, the authenticated person already known. */
@FunctionalInterface
public interface Route {
    void handle(Exchange exchange) throws IOException;
}
