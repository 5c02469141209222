package io.csiloop.rest;

import io.csiloop.host.ao.TestDatabase;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The REST fuzz ({@link RestFuzz}) on PostgreSQL, the database that refuses what H2 lets through (NUL in text, a
 * value beyond its column): 5,000 requests as on H2, from another seed. Skipped where {@code AO_PG_URL} is not
 * set; {@code .ci/run} sets it.
 */
@AddLifecycleHook(RestFuzzPostgresProperties.PostgresConfigured.class)
class RestFuzzPostgresProperties {

    private static RestFuzz fuzz;

    @BeforeContainer
    static void start() {
        fuzz = new RestFuzz(TestDatabase.POSTGRESQL);
    }

    @AfterContainer
    static void stop() {
        fuzz.close();
    }

    @Property(tries = RestFuzz.REQUESTS, seed = "20261206")
    void shouldNeverFailOnTheServerNorBreakTheContractNorWriteWhatItRefuses(@ForAll long seed) {
        fuzz.send(seed);
    }

    /** Skips the container where no PostgreSQL is configured, as {@code @AcrossDatabases} does for JUnit tests. */
    static final class PostgresConfigured implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return TestDatabase.POSTGRESQL.isConfigured() ? SkipResult.doNotSkip()
                    : SkipResult.skip("AO_PG_URL is not set");
        }
    }
}
