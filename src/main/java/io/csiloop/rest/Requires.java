package io.csiloop.rest;

import io.csiloop.port.ProjectAccess;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a resource method needs in the project its path names, through the path parameter
 * {@value Scopes#PROJECT} (a project id or key) or {@value Scopes#ISSUE} (an issue id or key, whose project
 * counts). {@link AccessFeature} enforces it before the method runs and before its body is read. A resource
 * method without this annotation (or {@link RequiresAdministrator}), or without one of those path parameters, is
 * refused to everyone: access fails closed (and PermissionMatrixTest fails the build).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
    ProjectAccess value();
}
