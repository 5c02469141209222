package com.atlassian.activeobjects.external;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stand-in behaves as the AO plugin's ModelVersion, which the host's upgrade runner relies on. */
class ModelVersionTest {

    @Test
    void shouldReadNothingStoredAsVersionZero() {
        assertEquals("0", ModelVersion.valueOf(null).toString());
        assertTrue(ModelVersion.valueOf(null).isSame(ModelVersion.valueOf("0")));
    }

    @Test
    void shouldOrderByNumberNotByText() {
        ModelVersion two = ModelVersion.valueOf("2");
        ModelVersion ten = ModelVersion.valueOf("10");

        assertTrue(two.isOlderThan(ten));
        assertTrue(ten.isNewerThan(two));
        assertFalse(two.isSame(ten));
        assertTrue(two.compareTo(ten) < 0);
        assertEquals("10", ten.toString());
    }

    @Test
    void shouldRefuseAVersionThatIsNoNumber() {
        assertThrows(NumberFormatException.class, () -> ModelVersion.valueOf("v2"));
    }
}
