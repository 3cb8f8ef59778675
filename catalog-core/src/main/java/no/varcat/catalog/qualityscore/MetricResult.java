package no.varcat.catalog.qualityscore;

/**
 * One metric of a register's score.
 *
 * @param share   0..1: how much of it is met (0 or 1 for the MQA metrics; the share of the variables
 *                it applies to for the variable metrics)
 * @param lacking for a variable metric, how many of the variables it applies to lack it; else 0
 */
public record MetricResult(QualityMetric metric, double share, long lacking) {

    public MetricResult {
        share = Math.max(0, Math.min(1, share));
        lacking = Math.max(0, lacking);
    }

    static MetricResult met(QualityMetric metric, boolean met) {
        return new MetricResult(metric, met ? 1 : 0, 0);
    }

    /** The points it gives: its share of the metric's points, rounded. */
    public int points() {
        return (int) Math.round(metric.points() * share);
    }

    /** The points a fix would gain. */
    public int gain() {
        return metric.points() - points();
    }

    public boolean complete() {
        return points() >= metric.points();
    }
}
