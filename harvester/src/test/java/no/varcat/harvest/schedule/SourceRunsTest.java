package no.varcat.harvest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestPhase;
import no.varcat.harvest.HarvestProgress;
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

        Future<Optional<HarvestReport>> first = threads.submit(() -> runs.runExclusively(A, progress -> {
            started.incrementAndGet();
            firstStarted.countDown();
            await(release);
            return report(A);
        }));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.isRunning("a")).isTrue();

        // On another thread, as a second "harvest now" would come.
        Optional<HarvestReport> second = threads.submit(() -> runs.runExclusively(A, progress -> {
            started.incrementAndGet();
            return report(A);
        })).get(10, TimeUnit.SECONDS);
        release.countDown();

        assertThat(second).isEmpty();
        assertThat(first.get(10, TimeUnit.SECONDS)).hasValueSatisfying(r -> assertThat(r.sourceId()).isEqualTo("a"));
        assertThat(started).hasValue(1);
        assertThat(runs.isRunning("a")).isFalse();
        assertThat(runs.running("a")).isEmpty();
    }

    @Test
    void anotherSourceRunsMeanwhile() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Optional<HarvestReport>> first = threads.submit(() -> runs.runExclusively(A, progress -> {
            firstStarted.countDown();
            await(release);
            return report(A);
        }));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        Optional<HarvestReport> other = threads.submit(() -> runs.runExclusively(B, progress -> report(B))).get(10, TimeUnit.SECONDS);
        release.countDown();

        assertThat(other).isPresent();
        assertThat(first.get(10, TimeUnit.SECONDS)).isPresent();
    }

    @Test
    void aSourceRunsAgainOnceTheRunBeforeHasEndedEvenByAThrow() {
        try {
            runs.runExclusively(A, progress -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the run's own failure reaches the caller
        }
        assertThat(runs.isRunning("a")).isFalse();
        assertThat(runs.runExclusively(A, progress -> report(A))).isPresent();
    }

    @Test
    void whileARunIsInProgressItIsShownWithItsStartAndTheLastPhaseItReported() throws Exception {
        Instant now = Instant.parse("2026-11-23T20:00:00Z");
        SourceRuns clocked = new SourceRuns(Clock.fixed(now, ZoneOffset.UTC));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<HarvestProgress> kept = new AtomicReference<>();
        assertThat(clocked.running("a")).isEmpty();

        Future<Optional<HarvestReport>> run = threads.submit(() -> clocked.runExclusively(A, progress -> {
            kept.set(progress);
            started.countDown();
            await(reading);
            progress.phase(HarvestPhase.READING);
            entered.countDown();
            await(release);
            return report(A);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(clocked.running("a")).contains(new RunningHarvest("a", now, HarvestPhase.FETCHING));
        reading.countDown();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(clocked.running("a")).contains(new RunningHarvest("a", now, HarvestPhase.READING));
        assertThat(clocked.running("b")).isEmpty();
        release.countDown();
        assertThat(run.get(10, TimeUnit.SECONDS)).isPresent();

        assertThat(clocked.running("a")).isEmpty();
        // A progress kept past its run does not touch the next run of the source.
        CountDownLatch nextStarted = new CountDownLatch(1);
        CountDownLatch nextRelease = new CountDownLatch(1);
        Future<Optional<HarvestReport>> next = threads.submit(() -> clocked.runExclusively(A, progress -> {
            nextStarted.countDown();
            await(nextRelease);
            return report(A);
        }));
        assertThat(nextStarted.await(10, TimeUnit.SECONDS)).isTrue();
        kept.get().phase(HarvestPhase.WRITING);
        assertThat(clocked.running("a")).map(RunningHarvest::phase).contains(HarvestPhase.FETCHING);
        nextRelease.countDown();
        assertThat(next.get(10, TimeUnit.SECONDS)).isPresent();
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
