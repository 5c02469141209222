package com.atlassian.jira.permission;

import java.util.Objects;

/**
 * Compile-only stand-in, a value class. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/permission/GlobalPermissionKey.html
 * ({@code ADMINISTER} and {@code SYSTEM_ADMIN} are used by a Jira 11 app; the keys "admin" and "sysadmin" are Jira's).
 * The fields are not compile-time constants, so they are never inlined into our classes.
 */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("admin");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("sysadmin");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(Objects.requireNonNull(key));
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
