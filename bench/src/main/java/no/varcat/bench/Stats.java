package no.varcat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Percentiles of one run's latencies, and the median, min and max of a figure over several runs. */
final class Stats {

    private Stats() {
    }

    /** Latency percentiles of one run, in milliseconds (nearest rank). */
    record Percentiles(double p50, double p95, double p99, int count) {

        static Percentiles ofNanos(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.length);
        }

        private static double rank(long[] sorted, int percentile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    /** A figure measured in several runs: its median, min and max. */
    record Spread(double median, double min, double max, int runs) {

        static Spread of(List<Double> values) {
            double[] v = values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
            if (v.length == 0) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
            }
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            return new Spread(median, v[0], v[v.length - 1], v.length);
        }

        static Spread single(double value) {
            return of(List.of(value));
        }

        static <T> Spread of(List<T> runs, ToDoubleFunction<T> figure) {
            List<Double> values = new ArrayList<>();
            runs.forEach(r -> values.add(figure.applyAsDouble(r)));
            return of(values);
        }

        /** "12 (10–15)", or the single value when there was one run. */
        String format(String pattern) {
            if (runs == 0) {
                return "n/a";
            }
            String m = String.format(Locale.ROOT, pattern, median);
            if (runs == 1) {
                return m;
            }
            return m + " (" + String.format(Locale.ROOT, pattern, min) + "–" + String.format(Locale.ROOT, pattern, max) + ")";
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

}
