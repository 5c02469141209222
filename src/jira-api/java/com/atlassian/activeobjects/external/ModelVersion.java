package com.atlassian.activeobjects.external;

/**
 * Compile-only stand-in for the Active Objects plugin's data model version, as Jira 11.3 exports it.
 * Mirrors com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java
 * in https://github.com/ngannk-fptu/Decompiled-Files (jira-platform.md section 8.1): a final class ordered by
 * a whole number, written as that number. Like the original it does not override {@code equals}, so compare
 * versions with {@link #isSame}. Unlike most stand-ins it carries the original's behaviour, because the host's
 * upgrade runner (io.csiloop.host.ao) orders tasks with it. Never packaged: Jira supplies the real class.
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int number;

    private ModelVersion(int number) {
        this.number = number;
    }

    /**
     * The version written as {@code text}; null (nothing stored yet, a fresh install) means version 0.
     *
     * @throws NumberFormatException when the text is not a whole number
     */
    public static ModelVersion valueOf(String text) {
        return new ModelVersion(text == null ? 0 : Integer.parseInt(text));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(number, other.number);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    /** The number, as stored in the plugin's settings. */
    @Override
    public String toString() {
        return String.valueOf(number);
    }
}
