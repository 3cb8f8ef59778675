package no.varcat.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.varcat.bench.Stats.Percentiles;

/** Runs a timed request from several clients at once and gives the percentiles of what they saw. */
final class Latency {

    private Latency() {
    }

    /** One request, numbered from 0 over all clients; returns its time in nanoseconds. */
    interface Request {
        long nanos(int i) throws Exception;
    }

    interface Action {
        void run() throws Exception;
    }

    static Percentiles of(int clients, int perClient, Request request) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        nanos.add(request.nanos(client * perClient + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Percentiles.ofNanos(nanos);
    }

    static long timed(Action action) throws Exception {
        long started = System.nanoTime();
        action.run();
        return System.nanoTime() - started;
    }
}
