package io.csiloop.scale;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * One request of the load harness, as a browser or REST client sends it with the admin's personal access token;
 * {@code path} gives the {@code n}-th request's path (a gated transition or a pack takes the next issue each time,
 * since both change the issue). {@code firstByte}: timed to the first byte of the body (the export streams).
 */
record ScaleRequest(String name, String method, IntFunction<String> path, boolean firstByte) {

    static final String TOKEN = "demo-admin-pat";

    static ScaleRequest get(String name, String path) {
        return new ScaleRequest(name, "GET", n -> path, false);
    }

    /** A request that takes the next of the paths each time, and fails the run once they are used up. */
    static ScaleRequest postEach(String name, List<String> paths) {
        AtomicInteger next = new AtomicInteger();
        return new ScaleRequest(name, "POST", n -> paths.get(next.getAndIncrement()), false);
    }

    HttpRequest build(String base, int n) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path.apply(n)))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "*/*");
        if (method.equals("POST")) {
            builder.header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }
}
