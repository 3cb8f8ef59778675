package no.varcat.harvest;

import java.time.Instant;
import java.util.List;

/**
 * What one harvest run of one source did. Returned on success and failure alike; a failed run
 * has left the store as it was.
 */
public record HarvestReport(
        String sourceId,
        Instant started,
        Instant finished,
        Outcome outcome,
        long triples,
        List<HarvestIssue> issues) {

    public enum Outcome { SUCCEEDED, FAILED }

    public HarvestReport {
        issues = List.copyOf(issues);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
