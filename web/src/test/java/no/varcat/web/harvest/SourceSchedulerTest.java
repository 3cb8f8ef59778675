package no.varcat.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.SimpleTriggerContext;

import no.varcat.harvest.HarvestSource;

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
        ScheduledSource nightly = new ScheduledSource(new HarvestSource("mfr", URI.create("https://fhi.example/mfr.ttl"), "turtle", "MFR"),
                CronExpression.parse("0 0 3 * * *"));
        Instant now = ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneId.systemDefault()).toInstant();
        SimpleTriggerContext context = new SimpleTriggerContext(java.time.Clock.fixed(now, ZoneId.systemDefault()));

        Instant next = SourceScheduler.trigger(nightly).nextExecution(context);

        Instant threeAm = ZonedDateTime.of(2026, 11, 24, 3, 0, 0, 0, ZoneId.systemDefault()).toInstant();
        assertThat(next).isEqualTo(threeAm.plus(SourceScheduler.stagger("mfr")));
    }

    @Test
    void runningAnUnknownSourceIsRefused() {
        SourceScheduler scheduler = new SourceScheduler(List.of(), null, null, null, () -> { });
        assertThatThrownBy(() -> scheduler.runNow("nope")).hasMessageContaining("No configured source has the id 'nope'");
    }
}
