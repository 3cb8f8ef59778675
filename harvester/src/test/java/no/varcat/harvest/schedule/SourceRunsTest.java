package no.varcat.harvest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;

class SourceRunsTest {

    private static final HarvestSource A = new HarvestSource("a", URI.create("https://example.org/a.ttl"), "turtle", "A");
    private static final HarvestSource B = new HarvestSource("b", URI.create("https://example.org/b.ttl"), "turtle", "B");

    private final SourceRuns runs = new SourceRuns();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aSecondRunOfTheSameSourceWhileTheFirstIsInProgressDoesNotRun() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();

        Future<Optional<HarvestReport>> first = threads.submit(() -> runs.runExclusively(A, () -> {
            started.incrementAndGet();
            firstStarted.countDown();
            await(release);
            return report(A);
        }));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.isRunning("a")).isTrue();

        // On another thread, as a second "harvest now" would come.
        Optional<HarvestReport> second = threads.submit(() -> runs.runExclusively(A, () -> {
            started.incrementAndGet();
            return report(A);
        })).get(10, TimeUnit.SECONDS);
        release.countDown();

        assertThat(second).isEmpty();
        assertThat(first.get(10, TimeUnit.SECONDS)).hasValueSatisfying(r -> assertThat(r.sourceId()).isEqualTo("a"));
        assertThat(started).hasValue(1);
        assertThat(runs.isRunning("a")).isFalse();
    }

    @Test
    void anotherSourceRunsMeanwhile() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Optional<HarvestReport>> first = threads.submit(() -> runs.runExclusively(A, () -> {
            firstStarted.countDown();
            await(release);
            return report(A);
        }));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        Optional<HarvestReport> other = threads.submit(() -> runs.runExclusively(B, () -> report(B))).get(10, TimeUnit.SECONDS);
        release.countDown();

        assertThat(other).isPresent();
        assertThat(first.get(10, TimeUnit.SECONDS)).isPresent();
    }

    @Test
    void aSourceRunsAgainOnceTheRunBeforeHasEndedEvenByAThrow() {
        try {
            runs.runExclusively(A, () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the run's own failure reaches the caller
        }
        assertThat(runs.isRunning("a")).isFalse();
        assertThat(runs.runExclusively(A, () -> report(A))).isPresent();
    }

    private static HarvestReport report(HarvestSource source) {
        return new HarvestReport(source.id(), Instant.EPOCH, Instant.EPOCH, Outcome.SUCCEEDED, 1, List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
