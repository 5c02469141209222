package com.atlassian.util.profiling;

/**
 * No-op runtime shim for atlassian-profiling's {@code Metrics}, which Active Objects 6.1.1 calls on
 * every EntityManager operation. Jira ships the real class; this one exists so that Active Objects runs
 * in our tests and in the preview. It declares exactly the members AO 6.1.1 links against (read off its
 * byte code, toolchain.md section 4.2) and is never packaged into the plugin.
 */
public final class Metrics {
    private static final Builder NO_OP = new Builder();

    private Metrics() {
    }

    public static Builder metric(String name) {
        return NO_OP;
    }

    public static final class Builder {
        private Builder() {
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return Ticker.NO_OP;
        }
    }
}
