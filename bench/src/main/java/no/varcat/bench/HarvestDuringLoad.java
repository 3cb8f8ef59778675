package no.varcat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import no.varcat.sample.SampleSource;

/**
 * The harvest that runs while the load test does: the largest Turtle file of variables gets a new
 * word in one label and is harvested through the admin API ("harvest now"), again and again, back
 * to back, from the start of the load until its end; then the harness checks that the last change
 * is found by search.
 */
final class HarvestDuringLoad {

    /**
     * Each admin request costs the application a BCrypt check (a tenth of its CPU in a first run that
     * asked every second): the public search is asked whether the change is in, and the admin API
     * only then, or every {@value #ADMIN_POLL_MILLIS} ms in case the run fails.
     */
    private static final long POLL_MILLIS = 500;
    private static final long ADMIN_POLL_MILLIS = 10_000;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration SEARCHABLE_TIMEOUT = Duration.ofMinutes(10);

    /** One harvest: seconds from the start of the load when it was asked for and when it was over, and its outcome. */
    record Run(double asked, double ended, String outcome) {
    }

    /** What happened: the runs, and how long after the load the last change was found by search (NaN: not found). */
    record Outcome(String file, List<Run> runs, double searchableAfter, String failure) {

        Map<String, Long> outcomes() {
            Map<String, Long> counts = new TreeMap<>();
            runs.forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
            return counts;
        }

        String describe() {
            if (runs.isEmpty()) {
                return "No harvest ran" + (failure == null ? "" : ": " + failure);
            }
            Run first = runs.get(0);
            Run last = runs.get(runs.size() - 1);
            return String.format(Locale.ROOT, "%d harvest%s of `%s` (one label changed before each) through the admin API, back to back:"
                    + " the first asked for at %.1f s and over at %.1f s, the last over at %.1f s; outcomes %s; %s%s",
                    runs.size(), runs.size() == 1 ? "" : "s", file, first.asked(), first.ended(), last.ended(), outcomes(),
                    Double.isNaN(searchableAfter) ? "**the last change was not found by search**"
                            : String.format(Locale.ROOT, "the last change was found by search %.1f s after it was harvested", searchableAfter),
                    failure == null ? "" : "; **" + failure + "**");
        }
    }

    private final VarcatClient client;
    private final CatalogServer server;
    private final SampleSource source;
    private final String original;
    private final Random random = new Random();

    HarvestDuringLoad(VarcatClient client, CatalogServer server, Path catalogDir, List<SampleSource> sources) throws IOException {
        this.client = client;
        this.server = server;
        this.source = sources.stream().filter(s -> s.format().equals("turtle") && s.file().contains("variables"))
                .max(Comparator.comparingLong(s -> catalogDir.resolve(s.file()).toFile().length()))
                .orElseThrow(() -> new IllegalStateException("No Turtle file of variables in the catalog"));
        this.original = Files.readString(catalogDir.resolve(source.file()), StandardCharsets.UTF_8);
    }

    /** Harvests back to back until {@code endNanos}; the run going on then is waited for. Times are from {@code zeroNanos}. */
    Outcome runUntil(long zeroNanos, long endNanos) {
        List<Run> runs = new ArrayList<>();
        String token = null;
        long lastEnded = 0;
        try {
            while (System.nanoTime() < endNanos) {
                token = "lastendring" + random.ints(10, 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
                server.replace(source.file(), original.replaceFirst("skos:prefLabel \"", "skos:prefLabel \"" + token + " ")
                        .getBytes(StandardCharsets.UTF_8));
                Instant asked = Instant.now();
                long askedNanos = System.nanoTime();
                while (!client.harvest(source.id())) {
                    Thread.sleep(200);
                }
                JsonNode status = null;
                long lastAdmin = askedNanos;
                while (System.nanoTime() - askedNanos < RUN_TIMEOUT.toNanos()) {
                    Thread.sleep(POLL_MILLIS);
                    boolean in = client.variableTotal(token) > 0;
                    if (in || System.nanoTime() - lastAdmin > ADMIN_POLL_MILLIS * 1_000_000) {
                        lastAdmin = System.nanoTime();
                        status = client.source(source.id());
                        if (!status.path("busy").asBoolean()) {
                            break;
                        }
                    }
                }
                if (status == null || status.path("busy").asBoolean()) {
                    return new Outcome(source.file(), runs, Double.NaN, "a harvest was still going on after " + RUN_TIMEOUT.toMinutes() + " minutes");
                }
                JsonNode last = status.path("lastRun");
                boolean recorded = last.isObject() && !Instant.parse(last.path("started").asString()).isBefore(asked.minusSeconds(1));
                lastEnded = System.nanoTime();
                runs.add(new Run(Stats.seconds(askedNanos - zeroNanos), Stats.seconds(lastEnded - zeroNanos),
                        recorded ? last.path("outcome").asString() : "no run recorded"));
            }
            long deadline = System.nanoTime() + SEARCHABLE_TIMEOUT.toNanos();
            while (client.variableTotal(token) < 1) {
                if (System.nanoTime() > deadline) {
                    return new Outcome(source.file(), runs, Double.NaN, null);
                }
                Thread.sleep(200);
            }
            return new Outcome(source.file(), runs, Stats.seconds(System.nanoTime() - lastEnded), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(source.file(), runs, Double.NaN, "interrupted");
        } catch (IOException | RuntimeException e) {
            return new Outcome(source.file(), runs, Double.NaN, "the harvest failed: " + e);
        }
    }
}
