package no.varcat.bench;

import java.util.ArrayList;
import java.util.List;

import no.varcat.bench.Stats.Percentiles;
import no.varcat.bench.Stats.Spread;
import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSearch;

/**
 * Search latency through the public API against the same request body (built by catalog-core's
 * {@code VariableSearch}, as the application builds it) sent from the harness to the same node.
 */
final class SearchStage {

    /** Words the generated catalogs use (labels, synonyms, inflections), and the empty search with every facet. */
    static final List<String> QUERIES = List.of("fødselsvekt", "BMI", "kroppsmasseindeks", "diagnose", "blodtrykk",
            "hastegrad", "apgar", "lengde ved utskrivning", "dato", "");
    private static final int PAGE = 20;

    private SearchStage() {
    }

    static List<Row> run(VarcatClient client, VariableSearch raw, int runs, String size) throws Exception {
        for (String q : QUERIES) {
            client.get(path(q), "application/json");
            raw.search(VariableQuery.text(q, 0, PAGE));
        }
        List<Row> rows = new ArrayList<>();
        for (int clients : new int[] {1, 16}) {
            List<Percentiles> app = new ArrayList<>();
            List<Percentiles> bare = new ArrayList<>();
            int perClient = clients == 1 ? 100 : 25;
            for (int run = 0; run < runs; run++) {
                Benchmark.log(size, "search, " + clients + " clients, run " + (run + 1));
                app.add(Latency.of(clients, perClient, i -> client.get(path(query(i)), "application/json").nanos()));
                bare.add(Latency.of(clients, perClient, i -> Latency.timed(() -> raw.search(VariableQuery.text(query(i), 0, PAGE)))));
            }
            Spread p50 = Spread.of(app, Percentiles::p50);
            Spread p95 = Spread.of(app, Percentiles::p95);
            Spread r50 = Spread.of(bare, Percentiles::p50);
            boolean overheadMet = p50.median() - r50.median() <= 10;
            rows.add(new Row("search (`/api/v1/variables?q=`), " + clients + (clients == 1 ? " client" : " concurrent clients")
                    + ", " + clients * perClient + " requests a run: p50 / p95 / p99",
                    triple(app), triple(bare),
                    clients == 16 ? "p95 ≤ 100 ms at 1M; p50 overhead ≤ 10 ms" : "p50 overhead ≤ 10 ms",
                    clients == 16 ? Row.verdictAt(size, "1m", p95.median() <= 100 && overheadMet) : Row.verdict(overheadMet)));
        }
        return rows;
    }

    static String note() {
        return "Search queries, in turn: " + String.join(", ", QUERIES.stream()
                .map(q -> q.isEmpty() ? "(empty: all, with every facet)" : "«" + q + "»").toList())
                + ". The raw engine is the same request body, built by catalog-core's `VariableSearch`, sent from the harness"
                + " to the same node (the harness's JSON decoding included).";
    }

    private static String triple(List<Percentiles> runs) {
        return Spread.of(runs, Percentiles::p50).format("%.0f") + " / " + Spread.of(runs, Percentiles::p95).format("%.0f") + " / "
                + Spread.of(runs, Percentiles::p99).format("%.0f") + " ms";
    }

    private static String query(int i) {
        return QUERIES.get(i % QUERIES.size());
    }

    private static String path(String q) {
        return "api/v1/variables?size=" + PAGE + "&q=" + VarcatClient.encode(q);
    }
}
