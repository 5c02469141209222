package com.atlassian.templaterenderer;

/**
 * Compile-only stand-in. Mirrors the atlassian-template-renderer RenderingException (jira-platform.md section 12).
 */
public class RenderingException extends RuntimeException {
    public RenderingException(Throwable cause) {
        throw new UnsupportedOperationException("stand-in");
    }
}
