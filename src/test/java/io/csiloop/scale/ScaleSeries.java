package io.csiloop.scale;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The data points of one measure of the scale data set, as a service desk's measure looks over five years: a level
 * with noise (normal, a tenth of the level), a weekly rhythm, one shift of 10 to 30 % at a random moment (a change
 * that went live, or a process that got worse), one outlier in 500 (four standard deviations), and one to three gaps
 * of 2 to 60 days without any point (a collector that was down, a holiday). The points are spread evenly over the
 * time outside the gaps with a random jitter, in time order. Everything follows from the seed.
 */
final class ScaleSeries {

    /** One point: when, and the value rounded to two decimals. */
    interface Sink {
        void point(long observedAtMillis, double value);
    }

    private static final long DAY = 86_400_000L;

    private final long startMillis;
    private final long[][] gaps;
    private final long span;
    private final double level;
    private final double shiftFactor;
    private final long shiftAt;
    private final long seed;

    ScaleSeries(long seed, Instant start, Instant end) {
        Random random = new Random(seed);
        this.seed = seed;
        this.startMillis = start.toEpochMilli();
        long total = end.toEpochMilli() - startMillis;
        int gapCount = 1 + random.nextInt(3);
        long[][] drawn = new long[gapCount][];
        long gapTotal = 0;
        for (int g = 0; g < gapCount; g++) {
            long length = (2 + random.nextInt(59)) * DAY;
            long from = startMillis + (long) (random.nextDouble() * (total - length));
            drawn[g] = new long[] {from, length};
            gapTotal += length;
        }
        Arrays.sort(drawn, (a, b) -> Long.compare(a[0], b[0]));
        this.gaps = drawn;
        this.span = Math.max(1, total - gapTotal);
        this.level = 10 + random.nextDouble() * 90;
        this.shiftFactor = (random.nextBoolean() ? 1 : -1) * (0.1 + random.nextDouble() * 0.2);
        this.shiftAt = startMillis + (long) (random.nextDouble() * total);
    }

    /** Hands {@code count} points in time order to the sink. */
    void emit(long count, Sink sink) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double step = (double) span / Math.max(1, count);
        double sd = level / 10;
        for (long k = 0; k < count; k++) {
            long at = startMillis + (long) ((k + random.nextDouble()) * step);
            for (long[] gap : gaps) { // the timeline outside the gaps, mapped onto real time
                if (at >= gap[0]) {
                    at += gap[1];
                }
            }
            double mean = (at >= shiftAt ? level * (1 + shiftFactor) : level)
                    * (1 + 0.05 * Math.sin(2 * Math.PI * (at % (7 * DAY)) / (7 * DAY)));
            double value = mean + gaussian(random) * sd;
            if (random.nextInt(500) == 0) {
                value += 4 * sd * (random.nextBoolean() ? 1 : -1);
            }
            sink.point(at, Math.round(value * 100) / 100.0);
        }
    }

    /** A standard normal draw (Box-Muller), from the splittable generator, which has none of its own. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
