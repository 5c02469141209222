package io.csiloop.host.ao;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AoTablePrefixTest {

    /* The second row is the value toolchain.md 4.4 records for a namespace checked independently. */
    @ParameterizedTest
    @CsvSource({
            "io.csiloop.jira, AO_E7FE69_",
            "com.example.jira.measurements, AO_FD4FB6_"
    })
    void shouldDerivePrefixFromTheLastSixHexDigitsOfTheNamespaceMd5(String namespace, String prefix) {
        assertEquals(prefix, AoTablePrefix.forNamespace(namespace).value());
    }

    @org.junit.jupiter.api.Test
    void shouldUseThePluginKeyAsTheNamespace() {
        assertEquals("AO_E7FE69_KPI_SNAPSHOT", AoTablePrefix.csiLoop().prepend("KPI_SNAPSHOT"));
    }
}
