package io.csiloop.persistence;

/**
 * Writes one flat JSON object, members in the order given: enough for the audit log's before and after texts,
 * which a person or a REST client reads, without a JSON library in the plugin.
 */
final class JsonObject {

    private final StringBuilder json = new StringBuilder("{");

    /** Adds a member; null, numbers and booleans are written as JSON values, anything else as a string. */
    JsonObject put(String name, Object value) {
        if (json.length() > 1) {
            json.append(',');
        }
        quote(name);
        json.append(':');
        if (value == null || value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            quote(value.toString());
        }
        return this;
    }

    @Override
    public String toString() {
        return json + "}";
    }

    private void quote(String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
