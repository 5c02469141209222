package io.csiloop.rest;

import io.csiloop.host.ao.TestDatabase;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The REST fuzz ({@link RestFuzz}) on H2 in memory: 5,000 random requests from one seed. */
class RestFuzzProperties {

    private static RestFuzz fuzz;

    @BeforeContainer
    static void start() {
        fuzz = new RestFuzz(TestDatabase.H2);
    }

    @AfterContainer
    static void stop() {
        fuzz.close();
    }

    @Property(tries = RestFuzz.REQUESTS, seed = "20261126")
    void shouldNeverFailOnTheServerNorBreakTheContractNorWriteWhatItRefuses(@ForAll long seed) {
        fuzz.send(seed);
    }
}
