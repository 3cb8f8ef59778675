package no.varcat.web.metrics;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import no.varcat.harvest.HarvestReport;

/**
 * {@code varcat_harvest_seconds} (count, sum, max) per source and outcome ({@code succeeded},
 * {@code failed}, {@code unchanged}): how long harvests take and how often they fail. The source
 * ids are the registered sources, a bounded set an admin keeps.
 */
@Component
public class HarvestMetrics {

    static final String NAME = "varcat.harvest";

    private final MeterRegistry registry;

    HarvestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(HarvestReport report) {
        Timer.builder(NAME)
                .description("Harvest runs by source and outcome")
                .tag("source", report.sourceId())
                .tag("outcome", report.outcome().name().toLowerCase(Locale.ROOT))
                .register(registry)
                .record(Duration.between(report.started(), report.finished()));
    }
}
