package no.varcat.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.SimpleTriggerContext;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.schedule.SourceRuns;
import no.varcat.harvest.source.SourceRegistry;

class SourceSchedulerTest {

    @Test
    void theStaggerIsTheSameEveryTimeAndBelowTheMaximum() {
        assertThat(SourceScheduler.stagger("mfr")).isEqualTo(SourceScheduler.stagger("mfr"));
        assertThat(IntStream.range(0, 200).mapToObj(i -> SourceScheduler.stagger("source-" + i)))
                .allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, SourceScheduler.MAX_STAGGER.minusSeconds(1)));
        // Different sources on the same schedule start at different times.
        assertThat(IntStream.range(0, 20).mapToObj(i -> SourceScheduler.stagger("source-" + i)).distinct().count()).isGreaterThan(10);
    }

    @Test
    void theTriggerFiresAtTheCronTimePlusTheSourcesStagger() {
        Instant now = ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneId.systemDefault()).toInstant();
        SimpleTriggerContext context = new SimpleTriggerContext(java.time.Clock.fixed(now, ZoneId.systemDefault()));

        Instant next = SourceScheduler.trigger("mfr", "0 0 3 * * *").nextExecution(context);

        Instant threeAm = ZonedDateTime.of(2026, 11, 24, 3, 0, 0, 0, ZoneId.systemDefault()).toInstant();
        assertThat(next).isEqualTo(threeAm.plus(SourceScheduler.stagger("mfr")));
    }

    @Test
    void runningAnUnknownSourceIsRefused() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            SourceCatalog sources = new SourceCatalog(List.of(), new SourceRegistry(store, java.time.Clock.systemUTC()));
            SourceScheduler scheduler = new SourceScheduler(sources, null, new SourceRuns(), null, name -> null, source -> { });
            assertThatThrownBy(() -> scheduler.runNow("nope")).hasMessageContaining("No source has the id 'nope'");
            assertThatThrownBy(() -> scheduler.requestRun("nope", Runnable::run, false)).hasMessageContaining("No source has the id 'nope'");
        }
    }
}
