package io.csiloop.rest;

import java.util.Optional;

/** Reads the numeric id a request path names (a definition, a pack): text that is no id names nothing there. */
final class PathIds {

    private PathIds() {
    }

    /** The id, or empty when the text is not a whole number of at most nine digits. */
    static Optional<Integer> parse(String text) {
        if (text == null || text.length() > 9 || text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
