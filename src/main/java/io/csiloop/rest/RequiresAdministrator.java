package io.csiloop.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that needs a Jira administrator ("Administer Jira"): the app's global settings, which belong to no
 * project, so that {@link Requires} cannot name them. {@link AccessFeature} enforces it before the method runs and
 * before its body is read, as it does {@link Requires}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresAdministrator {
}
