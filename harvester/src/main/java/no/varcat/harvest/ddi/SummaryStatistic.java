package no.varcat.harvest.ddi;

import java.math.BigDecimal;

/**
 * One sumStat of a variable. {@code type} is DDI's own code (mean, medn, mode, vald, invd, min,
 * max, stdev, other), kept as published.
 */
record SummaryStatistic(String type, boolean weighted, BigDecimal value) {
}
