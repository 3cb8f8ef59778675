package no.varcat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.varcat.bench.Stats.Percentiles;

/**
 * The load test of issue 16: a fixed number of connections (50), each a thread sending its next
 * request as soon as the last one is answered, for a fixed time (60 s), over the public pages, the
 * JSON API and the suggestions of the loaded catalog, while a changed source is harvested back to
 * back. Every answer of 400 or above, every connection error and every timeout is an error.
 */
final class UnderLoad {

    /** Longer than any page should take, short enough that a stuck request shows as an error within the run. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int FAILURES_SHOWN = 10;
    static final int WARM_UP_REQUESTS = 30;

    /** A request that failed: when (seconds from the start), which, and how (status or exception). */
    record Failure(double at, RequestKind kind, String path, String what) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "at %.1f s: %s → %s", at, path, what);
        }
    }

    /** The figures of one kind of request (or of all, {@code kind} null). */
    record Figures(RequestKind kind, int requests, long errors, Percentiles latency, double seconds) {
        double perSecond() {
            return requests / seconds;
        }
    }

    record Result(int connections, int seconds, Instant started, double elapsed, List<Figures> kinds, Figures all,
            List<Failure> failures, List<Double> errorTimes, HarvestDuringLoad.Outcome harvest, String mix, String loadBefore,
            String loadAfter, String command) {

        /** How many errors were sent in each tenth of the run ("0–6 s: 48, 6–12 s: 2"), empty when there were none. */
        String errorsOverTime() {
            if (errorTimes.isEmpty()) {
                return "";
            }
            int slices = 10;
            double width = seconds / (double) slices;
            long[] counts = new long[slices];
            errorTimes.forEach(t -> counts[Math.min(slices - 1, (int) (t / width))]++);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < slices; i++) {
                parts.add(String.format(Locale.ROOT, "%.0f–%.0f s: %d", i * width, (i + 1) * width, counts[i]));
            }
            return String.join(", ", parts);
        }

        String summary() {
            return String.format(Locale.ROOT, "%d requests, %.1f a second, %d errors; p50 %.0f ms, p99 %.0f ms; %s", all.requests(),
                    all.perSecond(), all.errors(), all.latency().p50(), all.latency().p99(), harvest.describe());
        }

    }

    private final URI base;
    private final HttpClient http;

    UnderLoad(URI base) {
        this.base = base;
        // HTTP/1.1: one connection a thread, as 50 browsers or scripts would hold them; no h2c upgrade attempt.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What one thread saw: latencies and errors by kind, and its failures. */
    private static final class Tally {
        final Map<RequestKind, List<Long>> nanos = new EnumMap<>(RequestKind.class);
        final Map<RequestKind, Long> errors = new EnumMap<>(RequestKind.class);
        /** Requests that got no answer (timeouts, connection errors): counted, with no latency. */
        final Map<RequestKind, Long> unanswered = new EnumMap<>(RequestKind.class);
        final List<Failure> failures = new ArrayList<>();
        /** When each failed request was sent, in seconds from the start. */
        final List<Double> errorTimes = new ArrayList<>();
    }

    Result run(LoadMix mix, int connections, int seconds, HarvestDuringLoad harvest, String command, String size) throws Exception {
        warmUp(mix);
        String loadBefore = Benchmark.loadAverage();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(connections + 1);
        try {
            long zero = System.nanoTime();
            long end = zero + Duration.ofSeconds(seconds).toNanos();
            Future<HarvestDuringLoad.Outcome> harvesting = pool.submit(() -> harvest.runUntil(zero, end));
            List<Future<Tally>> threads = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                LoadConnection connection = new LoadConnection(mix, 1000L + c);
                threads.add(pool.submit(() -> drive(connection, zero, end)));
            }
            Benchmark.log(size, "under load: " + connections + " connections for " + seconds + " s");
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> t : threads) {
                tallies.add(t.get());
            }
            double elapsed = Stats.seconds(System.nanoTime() - zero);
            String loadAfter = Benchmark.loadAverage();
            Benchmark.log(size, "under load: requests over after " + String.format(Locale.ROOT, "%.1f s", elapsed)
                    + "; waiting for the harvest and its change to be searchable");
            HarvestDuringLoad.Outcome harvested = harvesting.get();
            return summarize(connections, seconds, started, elapsed, tallies, harvested, mix.describe(), loadBefore, loadAfter, command);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A few requests of every kind first, so that the first seconds do not measure classes loading. */
    private void warmUp(LoadMix mix) throws InterruptedException {
        LoadConnection connection = new LoadConnection(mix, 1);
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            LoadConnection.Request request = connection.next();
            try {
                HttpResponse<byte[]> r = send(request);
                if (r.statusCode() < 400) {
                    connection.read(request, r.body());
                }
            } catch (IOException | RuntimeException e) {
                // counted in the run proper, if it happens again
            }
        }
    }

    private Tally drive(LoadConnection connection, long zero, long end) throws InterruptedException {
        Tally tally = new Tally();
        while (System.nanoTime() < end) {
            LoadConnection.Request request = connection.next();
            long started = System.nanoTime();
            String failure = null;
            try {
                HttpResponse<byte[]> r = send(request);
                tally.nanos.computeIfAbsent(request.kind(), k -> new ArrayList<>()).add(System.nanoTime() - started);
                if (r.statusCode() >= 400) {
                    failure = "HTTP " + r.statusCode() + " " + firstLine(r.body());
                } else {
                    try {
                        connection.read(request, r.body());
                    } catch (RuntimeException notFollowed) {
                        // a page we could not read on from is still a good answer; the next request starts afresh
                    }
                }
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (failure != null && !failure.startsWith("HTTP ")) {
                tally.unanswered.merge(request.kind(), 1L, Long::sum);
            }
            if (failure != null) {
                tally.errors.merge(request.kind(), 1L, Long::sum);
                tally.errorTimes.add(Stats.seconds(started - zero));
                if (tally.failures.size() < FAILURES_SHOWN) {
                    tally.failures.add(new Failure(Stats.seconds(started - zero), request.kind(), "/" + request.path(), failure));
                }
            }
        }
        return tally;
    }

    private HttpResponse<byte[]> send(LoadConnection.Request request) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(request.path())).header("Accept", request.accept())
                .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String firstLine(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8).strip();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static Result summarize(int connections, int seconds, Instant started, double elapsed, List<Tally> tallies,
            HarvestDuringLoad.Outcome harvest, String mix, String loadBefore, String loadAfter, String command) {
        List<Figures> kinds = new ArrayList<>();
        List<Long> allNanos = new ArrayList<>();
        long allErrors = 0;
        int allRequests = 0;
        for (RequestKind kind : RequestKind.values()) {
            List<Long> nanos = new ArrayList<>();
            long errors = 0;
            long unanswered = 0;
            for (Tally t : tallies) {
                nanos.addAll(t.nanos.getOrDefault(kind, List.of()));
                errors += t.errors.getOrDefault(kind, 0L);
                unanswered += t.unanswered.getOrDefault(kind, 0L);
            }
            int requests = (int) (nanos.size() + unanswered);
            kinds.add(new Figures(kind, requests, errors, Percentiles.ofNanos(nanos), elapsed));
            allNanos.addAll(nanos);
            allErrors += errors;
            allRequests += requests;
        }
        List<Failure> failures = new ArrayList<>();
        tallies.forEach(t -> failures.addAll(t.failures));
        failures.sort((a, b) -> Double.compare(a.at(), b.at()));
        List<Double> errorTimes = new ArrayList<>();
        tallies.forEach(t -> errorTimes.addAll(t.errorTimes));
        return new Result(connections, seconds, started, elapsed, kinds,
                new Figures(null, allRequests, allErrors, Percentiles.ofNanos(allNanos), elapsed),
                Collections.unmodifiableList(failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))), List.copyOf(errorTimes),
                harvest, mix,
                loadBefore, loadAfter, command);
    }
}
