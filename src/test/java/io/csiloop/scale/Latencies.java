package io.csiloop.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The response times of one request at one concurrency, with the statements and heap each cost (measured only with
 * one user, when a request has the server to itself) and the answers' status codes.
 */
final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    private long statements;
    private long allocated;
    private int measured;

    void add(long elapsedNanos, int status) {
        nanos.add(elapsedNanos);
        statuses.add(status);
    }

    void cost(long statementCount, long allocatedBytes) {
        statements += statementCount;
        allocated += allocatedBytes;
        measured++;
    }

    int count() {
        return nanos.size();
    }

    /** The nearest-rank percentile in milliseconds (with 20 samples p99 is the slowest). */
    double percentile(double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    double statementsPerRequest() {
        return measured == 0 ? Double.NaN : (double) statements / measured;
    }

    double kibPerRequest() {
        return measured == 0 ? Double.NaN : allocated / 1024.0 / measured;
    }

    /** The status codes seen, e.g. {@code 200} or {@code 200 ×18, 409 ×2}. */
    String statusCodes() {
        java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
        synchronized (statuses) {
            statuses.forEach(s -> counts.merge(s, 1L, Long::sum));
        }
        if (counts.size() == 1) {
            return String.valueOf(counts.keySet().iterator().next());
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((s, n) -> text.append(text.length() == 0 ? "" : ", ").append(s).append(" ×").append(n));
        return text.toString();
    }
}
