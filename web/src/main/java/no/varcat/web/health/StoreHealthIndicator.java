package no.varcat.web.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import no.varcat.catalog.store.CatalogStore;

/** {@code store} in readiness: the store answers a query (an empty ASK: a read transaction, nothing read). */
@Component
class StoreHealthIndicator implements HealthIndicator {

    private final CatalogStore store;

    StoreHealthIndicator(CatalogStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            store.ask("ASK {}");
            return Health.up().build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("reason", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()).build();
        }
    }
}
