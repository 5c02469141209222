/**
 * What every layer shares and nothing in particular owns: the refusals of bad input
 * ({@link io.csiloop.kernel.InvalidInput}, {@link io.csiloop.kernel.InvalidRecord} with their
 * {@link io.csiloop.kernel.FieldError}s) and of a lost race ({@link io.csiloop.kernel.ConcurrentChange}), the
 * words ({@link io.csiloop.kernel.MessageSource}, {@link io.csiloop.kernel.MessageKey}, and
 * {@link io.csiloop.kernel.EnglishMessages}, the one reader of the app's own bundles), and the
 * {@link io.csiloop.kernel.Repository} mark the architecture rules read.
 *
 * <p>May import: the JDK only.
 */
package io.csiloop.kernel;
