package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every message key the REST API uses has an English message (ApiMessages would otherwise show the key). */
class RestMessageKeysTest {

    @Test
    void shouldHaveAMessageForEveryKey() throws IllegalAccessException {
        ApiMessages messages = new ApiMessages();
        List<String> missing = new ArrayList<>();
        for (Field field : Keys.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String key = (String) field.get(null);
                if (!messages.has(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void shouldFillInParametersAndCountErrors() {
        ApiMessages messages = new ApiMessages();

        assertEquals("The request was refused: one error. Nothing was saved.", messages.text(Keys.INVALID, List.of(1)));
        assertEquals("The request was refused: 3 errors. Nothing was saved.", messages.text(Keys.INVALID, List.of(3)));
        assertEquals("no.such.key", messages.text("no.such.key", List.of()));
    }
}
