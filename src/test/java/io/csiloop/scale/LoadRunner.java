package io.csiloop.scale;

import io.csiloop.host.ao.SqlStatementCounter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends one request over loopback HTTP, by 1 or by 8 users at once, each sending the next as soon as the previous
 * answered, until {@code maxCount} requests were sent or {@code maxTime} has passed, whichever comes first. With one
 * user the server serves nothing else, so the statements that reached the JDBC driver ({@link SqlStatementCounter})
 * and the heap allocated by the JVM's other threads ({@code com.sun.management.ThreadMXBean}; the server's, Jersey's
 * and the pool's, not this client's) during a request are that request's.
 */
final class LoadRunner {

    private final String base;
    private final SqlStatementCounter counter;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "harness-http");
                t.setDaemon(true);
                return t;
            })).build();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    LoadRunner(String base, SqlStatementCounter counter) {
        this.base = base;
        this.counter = counter;
    }

    Latencies run(ScaleRequest request, int users, int maxCount, Duration maxTime) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + maxTime.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users, r -> new Thread(r, "harness-user"));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                running.add(pool.submit(() -> {
                    int n;
                    while (System.nanoTime() < deadline && (n = sent.getAndIncrement()) < maxCount) {
                        send(request, n, latencies, users == 1);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies;
    }

    /** Sends once, unmeasured: the JVM compiles the path and the database caches its pages. */
    void warm(ScaleRequest request, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            send(request, i, new Latencies(), false);
        }
    }

    private void send(ScaleRequest request, int n, Latencies latencies, boolean alone) throws IOException, InterruptedException {
        HttpRequest http = request.build(base, n);
        long statements = counter.count();
        long heap = alone ? otherThreadsAllocated() : 0;
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(http, HttpResponse.BodyHandlers.ofInputStream());
        long elapsed;
        try (InputStream body = response.body()) {
            if (request.firstByte()) {
                body.read();
                elapsed = System.nanoTime() - start;
                body.transferTo(OutputStreamSink.INSTANCE);
            } else {
                body.transferTo(OutputStreamSink.INSTANCE);
                elapsed = System.nanoTime() - start;
            }
        }
        latencies.add(elapsed, response.statusCode());
        if (alone) {
            latencies.cost(counter.count() - statements, otherThreadsAllocated() - heap);
        }
    }

    /** Heap allocated so far by every live thread but this harness's own (its users and its HTTP client). */
    private long otherThreadsAllocated() {
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !info.getThreadName().startsWith("harness-")
                    && !info.getThreadName().startsWith("HttpClient")) {
                long bytes = threads.getThreadAllocatedBytes(info.getThreadId());
                total += Math.max(0, bytes);
            }
        }
        return total;
    }

    /** Discards what it is given. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
