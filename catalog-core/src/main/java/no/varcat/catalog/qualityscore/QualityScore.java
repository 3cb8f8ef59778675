package no.varcat.catalog.qualityscore;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A register's quality score: one {@link MetricResult} per {@link QualityMetric}, in its order.
 * {@link #mqaPoints()} is what data.norge.no's MQA would give from the metadata alone, out of
 * {@link #mqaMaximum()}; {@link #points()} adds varcat's variable metrics.
 */
public record QualityScore(String datasetIri, List<MetricResult> results) {

    public QualityScore {
        results = List.copyOf(results);
    }

    public int points() {
        return results.stream().mapToInt(MetricResult::points).sum();
    }

    public static int maximum() {
        int sum = 0;
        for (QualityMetric metric : QualityMetric.values()) {
            sum += metric.points();
        }
        return sum;
    }

    public int mqaPoints() {
        return results.stream().filter(r -> r.metric().dimension().mqa()).mapToInt(MetricResult::points).sum();
    }

    /** data.norge.no's maximum, the metrics varcat does not measure included. */
    public static int mqaMaximum() {
        int sum = 0;
        for (QualityMetric metric : QualityMetric.values()) {
            sum += metric.dimension().mqa() ? metric.points() : 0;
        }
        return sum;
    }

    /** 0..100, the points out of the maximum, rounded down so that 100 means every point. */
    public int percent() {
        return percentOf(points());
    }

    public static int percentOf(int points) {
        return (int) (100L * Math.max(0, points) / maximum());
    }

    public MetricResult result(QualityMetric metric) {
        return results.stream().filter(r -> r.metric() == metric).findFirst().orElse(null);
    }

    /** Points per dimension, in dimension order. */
    public Map<QualityDimension, Integer> pointsByDimension() {
        Map<QualityDimension, Integer> points = new EnumMap<>(QualityDimension.class);
        for (QualityDimension dimension : QualityDimension.values()) {
            points.put(dimension, 0);
        }
        results.forEach(r -> points.merge(r.metric().dimension(), r.points(), Integer::sum));
        return points;
    }

    /** What could still gain points, the most points first; metrics varcat cannot measure left out. */
    public List<MetricResult> missing() {
        return results.stream().filter(r -> r.metric().measured() && !r.complete())
                .sorted((a, b) -> Integer.compare(b.gain(), a.gain())).toList();
    }
}
