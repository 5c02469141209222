/**
 * The persistence benchmark: a main-method harness, never a test (nothing here is timed by an assertion). Run
 * it as {@code docs/benchmarks.md} ("Persistence") says; it prints the table that section records.
 */
package io.csiloop.persistence.bench;
