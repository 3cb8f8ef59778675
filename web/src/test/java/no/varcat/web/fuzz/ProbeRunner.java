package no.varcat.web.fuzz;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import no.varcat.web.fuzz.PublicEndpoints.Answer;

/**
 * Sends the fuzz's probes from a few clients at once and judges each answer: no 5xx; an HTML
 * page's refusal is the HTML error page, a machine endpoint's is application/problem+json; no
 * HTML answer carries the injected markup unescaped.
 */
final class ProbeRunner {

    private final int clients;

    ProbeRunner(int clients) {
        this.clients = clients;
    }

    Map<String, Long> took() {
        return took;
    }

    int containerRefusals() {
        return containerRefusals.get();
    }

    /** Milliseconds per probe, to say where the time goes. */
    private final Map<String, Long> took = new java.util.concurrent.ConcurrentHashMap<>();

    List<String> run(List<Probe> probes) throws Exception {
        Collection<String> faults = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < probes.size(); n = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        String fault = check(probes.get(n));
                        took.put(n + " " + describe(probes.get(n)), (System.nanoTime() - start) / 1_000_000);
                        if (fault != null) {
                            faults.add(fault);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return faults.stream().sorted().toList();
    }

    /** What is wrong with the answer to {@code probe}, or null. */
    private String check(Probe probe) {
        HttpResponse<String> response;
        try {
            response = probe.client().send(probe.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            return describe(probe) + ": no answer (" + e + ")";
        }
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String said = describe(probe) + " -> " + status + " " + type;
        if (status >= 500) {
            return said + ": " + abbreviate(response.body());
        }
        boolean html = type.startsWith("text/html");
        if (status >= 400 && !probe.acceptFuzzed()) {
            if (probe.endpoint().answer() == Answer.HTML && !html) {
                return said + ": an HTML page's refusal is not the HTML error page";
            }
            if (probe.endpoint().answer() == Answer.MACHINE && !type.startsWith("application/problem+json")
                    && !refusedByTheContainer(response)) {
                return said + ": a machine endpoint's refusal is not application/problem+json";
            }
        }
        if (status == 200 && probe.endpoint().answer() == Answer.HTML && !html && !probe.acceptFuzzed()) {
            return said + ": a page answered with something other than HTML";
        }
        if (html) {
            for (String markup : HostileValues.MARKUP) {
                if (response.body().contains(markup)) {
                    return said + ": the page carries " + markup + " unescaped";
                }
            }
        }
        return null;
    }

    /**
     * Tomcat's own 400 page: a URL or query it cannot decode (NUL, an encoded slash, bytes that are
     * not UTF-8) is refused before the application, or its error page, can read it. A known gap for
     * machine endpoints (docs/RELIABILITY.md); HTML all the same.
     */
    private boolean refusedByTheContainer(HttpResponse<String> response) {
        boolean container = response.statusCode() == 400 && response.body().contains("<title>HTTP Status 400");
        if (container) {
            containerRefusals.incrementAndGet();
        }
        return container;
    }

    private final AtomicInteger containerRefusals = new AtomicInteger();

    private static String describe(Probe probe) {
        return probe.request().method() + " " + abbreviate(probe.request().uri().getRawPath()) + " (" + probe.endpoint().pattern()
                + ", " + probe.what() + ")";
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
