package io.csiloop.application.measure;

import io.csiloop.kernel.EnglishMessages;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message key the measure services refuse with has an English message. */
class MeasureMessageKeysTest {

    @Test
    void shouldHaveAMessageForEveryKey() throws IllegalAccessException {
        EnglishMessages messages = new EnglishMessages();
        List<String> keys = new ArrayList<>();
        for (Class<?> type : List.of(ProjectMeasures.class, DataPointLog.class, PointInput.class, CsvImport.class)) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    String value = (String) field.get(null);
                    if (value.startsWith("csiloop.")) {
                        keys.add(value);
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            try {
                messages.text(key, Collections.nCopies(3, 1));
            } catch (MissingResourceException e) {
                missing.add(key);
            }
        }
        assertTrue(keys.size() > 10, keys.toString());
        assertEquals(List.of(), missing);
    }
}
