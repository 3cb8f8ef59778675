package no.varcat.web.register;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import no.varcat.catalog.qualityscore.RegisterQuality;

/** One harvest's totals in the register page's quality history, its time written in UTC. */
record QualityHistoryRow(String harvested, Integer mqaPoints, Integer variablePoints) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static List<QualityHistoryRow> of(RegisterQuality quality) {
        return quality == null ? List.of() : quality.history().stream()
                .map(h -> new QualityHistoryRow(TIME.format(h.at()), h.mqaPoints(), h.variablePoints())).toList();
    }
}
