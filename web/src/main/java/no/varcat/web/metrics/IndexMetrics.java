package no.varcat.web.metrics;

import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import no.varcat.web.health.IndexBacklog;
import no.varcat.web.health.IndexLag;
import no.varcat.web.health.SearchAvailability;

/**
 * The search side for operators: {@code varcat_index_pending_changes} (changes in the store's log
 * the index has not taken in), {@code varcat_index_pending_registers} (registers whose facts wait to
 * be indexed again) and {@code varcat_search_available} (1 up, 0 down or catching up, as this
 * instance last saw it). The backlog is read from the store at each scrape: three small queries.
 */
@Component
class IndexMetrics implements MeterBinder {

    private final IndexBacklog backlog;
    private final SearchAvailability availability;

    IndexMetrics(IndexBacklog backlog, SearchAvailability availability) {
        this.backlog = backlog;
        this.availability = availability;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("varcat.index.pending.changes", backlog, b -> measure(b, IndexLag::changesBehind))
                .description("Changes in the store's change log after the search index's cursor").register(registry);
        Gauge.builder("varcat.index.pending.registers", backlog, b -> measure(b, IndexLag::pendingRegisters))
                .description("Registers whose coverage rates or indicators wait to be indexed again").register(registry);
        Gauge.builder("varcat.search.available", availability, a -> a.isUp() ? 1 : 0)
                .description("1 when search is up, 0 while Elasticsearch is down or the index catches up after an outage")
                .register(registry);
    }

    /** NaN when the store cannot say, rather than failing the scrape. */
    private static double measure(IndexBacklog backlog, ToDoubleFunction<IndexLag> what) {
        try {
            return what.applyAsDouble(backlog.now());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
