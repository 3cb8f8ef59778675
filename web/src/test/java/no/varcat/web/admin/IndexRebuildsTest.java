package no.varcat.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import no.varcat.web.harvest.IndexSync.Rebuilt;

class IndexRebuildsTest {

    @Test
    void oneRebuildAtATimeAndTheLastIsRemembered() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        IndexRebuilds rebuilds = new IndexRebuilds(() -> {
            runs.incrementAndGet();
            started.countDown();
            await(finish);
            return new Rebuilt(1050, 15);
        }, Clock.systemUTC());

        assertThat(rebuilds.start()).isTrue();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(rebuilds.start()).isFalse();
        assertThat(rebuilds.going()).isPresent();
        assertThat(rebuilds.last()).isEmpty();

        finish.countDown();
        rebuilds.destroy();
        assertThat(runs).hasValue(1);
        assertThat(rebuilds.going()).isEmpty();
        assertThat(rebuilds.last()).hasValueSatisfying(r -> {
            assertThat(r.succeeded()).isTrue();
            assertThat(r.indexed()).isEqualTo(new Rebuilt(1050, 15));
            assertThat(r.finished()).isAfterOrEqualTo(r.started());
        });
    }

    @Test
    void aFailedRebuildSaysWhyAndAnotherMayStart() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        IndexRebuilds rebuilds = new IndexRebuilds(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("Elasticsearch at http://127.0.0.1:9200 could not create index");
            }
            return new Rebuilt(1, 1);
        }, Clock.systemUTC());

        assertThat(rebuilds.start()).isTrue();
        awaitIdle(rebuilds);
        assertThat(rebuilds.last()).hasValueSatisfying(r -> {
            assertThat(r.succeeded()).isFalse();
            assertThat(r.error()).contains("could not create index");
        });
        assertThat(rebuilds.start()).isTrue();
        rebuilds.destroy();
        assertThat(runs).hasValue(2);
        assertThat(rebuilds.last()).hasValueSatisfying(r -> assertThat(r.succeeded()).isTrue());
    }

    /** The rebuild's thread clears "going" last, after recording the outcome. */
    private static void awaitIdle(IndexRebuilds rebuilds) throws InterruptedException {
        for (int i = 0; i < 3000 && rebuilds.going().isPresent(); i++) {
            Thread.sleep(10);
        }
        assertThat(rebuilds.going()).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
