package no.varcat.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.varcat.bench.Stats.Spread;
import no.varcat.sample.SampleSource;

/** The harvest stages of issue 15's table: every source harvested again unchanged, and one source changed. */
final class HarvestStages {

    private static final int CHANGED_SOURCE_MINUTES = 10;

    private HarvestStages() {
    }

    /** "Harvest now" for every source, {@code runs} times, each until every run is over. */
    static Row reharvestUnchanged(VarcatClient client, List<SampleSource> sources, int runs, String size, Duration timeout)
            throws Exception {
        List<Double> seconds = new ArrayList<>();
        Map<String, Long> outcomes = Map.of();
        for (int run = 0; run < runs; run++) {
            Benchmark.log(size, "unchanged re-harvest " + (run + 1));
            Instant trigger = Instant.now();
            long started = System.nanoTime();
            for (SampleSource s : sources) {
                client.harvest(s.id());
            }
            outcomes = Waits.harvested(client, sources, trigger, timeout);
            seconds.add(Stats.seconds(System.nanoTime() - started));
        }
        Spread spread = Spread.of(seconds);
        return new Row("unchanged re-harvest of every source (" + sources.size() + " sources, \"harvest now\" through the admin API,"
                + " which fetches in full: no conditional GET, so each is parsed, checked and compared; outcomes " + outcomes + ")",
                spread.format("%.1f s"), "—", "100k ≤ 60 s", Row.verdictAt(size, "100k", spread.median() <= 60));
    }

    /** One label of a Turtle file of variables changed and harvested, {@code runs} times, each until search finds the change. */
    static Row changedSource(VarcatClient client, CatalogServer server, Path catalogDir, List<SampleSource> sources, int runs,
            String size, List<String> notes) throws Exception {
        SampleSource source = sources.stream().filter(s -> s.format().equals("turtle") && s.file().contains("variables"))
                .findFirst().orElseThrow();
        byte[] original = Files.readAllBytes(catalogDir.resolve(source.file()));
        String text = new String(original, StandardCharsets.UTF_8);
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            // Letters only (one token for the analyser), random in every run: the search forgives two typos,
            // so tokens that differ in a letter or two would find the previous run's change.
            String token = "benchendring" + new java.util.Random().ints(10, 'a', 'z' + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            server.replace(source.file(), text.replaceFirst("skos:prefLabel \"", "skos:prefLabel \"" + token + " ")
                    .getBytes(StandardCharsets.UTF_8));
            Benchmark.log(size, "changed source " + source.id() + " run " + (run + 1));
            long started = System.nanoTime();
            while (!client.harvest(source.id())) {
                Thread.sleep(100);
            }
            long deadline = started + Duration.ofMinutes(CHANGED_SOURCE_MINUTES).toNanos();
            while (client.variableTotal(token) < 1 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (System.nanoTime() >= deadline) {
                notes.add("The changed source was not searchable within " + CHANGED_SOURCE_MINUTES + " minutes (run " + (run + 1)
                        + "): its index catch-up waits for the one going on before it.");
                break;
            }
            seconds.add(Stats.seconds(System.nanoTime() - started));
        }
        Spread spread = Spread.of(seconds);
        return new Row("one changed source until searchable (`" + source.file() + "`, one label changed)",
                spread.format("%.1f s"), "—", "1M ≤ 10 s", Row.verdictAt(size, "1m", spread.median() <= 10));
    }
}
