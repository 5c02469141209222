package io.csiloop.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface that keeps domain records and that {@code io.csiloop.persistence} implements over Active
 * Objects. The interface lives beside its domain; only the application layer and persistence may use it, which
 * the architecture test checks by this mark (class retention is all ArchUnit needs).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {
}
