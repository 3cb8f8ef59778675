package no.varcat.catalog.qualityscore;

import java.time.Instant;
import java.util.List;

/**
 * A register's quality score as the store has it: the newest measurement of each metric (a register
 * several sources describe takes each metric from the newest source that measured it), when it was
 * assessed, and its totals over the earlier harvests, oldest first.
 */
public record RegisterQuality(QualityScore score, Instant assessedAt, List<HistoryPoint> history) {

    public RegisterQuality {
        history = List.copyOf(history);
    }

    /**
     * One harvest's totals for the register: MQA points, when that source describes it, and the
     * variable metrics' points, when it gives its variables; null when it did not.
     */
    public record HistoryPoint(Instant at, String runIri, Integer mqaPoints, Integer variablePoints) {
    }
}
