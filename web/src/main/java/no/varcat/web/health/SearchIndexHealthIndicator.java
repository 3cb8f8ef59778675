package no.varcat.web.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} in readiness: DOWN while Elasticsearch cannot be reached (or the local node
 * is being restarted), OUT_OF_SERVICE while the index catches up after that, UP otherwise. The
 * details (for the admin) say how far the index is behind the store.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final SearchAvailability availability;
    private final IndexBacklog backlog;

    SearchIndexHealthIndicator(SearchAvailability availability, IndexBacklog backlog) {
        this.availability = availability;
        this.backlog = backlog;
    }

    @Override
    public Health health() {
        SearchAvailability.Snapshot seen = availability.snapshot();
        Health.Builder health = switch (seen.state()) {
            case UP -> Health.up();
            case DOWN -> Health.down();
            case CATCHING_UP -> Health.outOfService();
        };
        health.withDetail("since", seen.since().toString());
        if (seen.reason() != null) {
            health.withDetail("reason", seen.reason());
        }
        try {
            IndexLag lag = backlog.now();
            health.withDetail("changesBehind", lag.changesBehind()).withDetail("pendingRegisters", lag.pendingRegisters());
        } catch (RuntimeException e) {
            health.withDetail("backlog", "unknown: the store did not answer");
        }
        return health.build();
    }
}
