package no.varcat.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.varcat.bench.Stats.Percentiles;
import no.varcat.bench.Stats.Spread;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;

/**
 * Register pages, variable pages and the list of 500 as a browser gets them; later the store reads
 * alone (catalog-core's repositories on the same TDB2 directory, once the application has stopped).
 */
final class PageStage {

    private static final int REGISTER_PAGES = 30;
    private static final int VARIABLE_PAGES = 50;
    private static final int LIST_VIEWS = 5;

    private final PageSample sample;
    private final int runs;
    private final String size;
    private final List<Percentiles> registerPages = new ArrayList<>();
    private final List<Percentiles> variablePages = new ArrayList<>();
    private final List<Percentiles> listPages = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    PageStage(PageSample sample, int runs, String size) {
        this.sample = sample;
        this.runs = runs;
        this.size = size;
    }

    void measureApplication(VarcatClient client) throws Exception {
        long started = System.nanoTime();
        HttpClient session = client.sessionWithList("variables/" + sample.variableIds().get(0), sample.listIris());
        notes.add(String.format(Locale.ROOT, "\"Min variabelliste\" filled with %d variables in %.1f s (one POST each, as list.js does).",
                sample.listIris().size(), Stats.seconds(System.nanoTime() - started)));
        long[] largest = new long[2];
        for (int run = 0; run < runs; run++) {
            Benchmark.log(size, "pages, run " + (run + 1));
            registerPages.add(Latency.of(1, REGISTER_PAGES, i -> {
                VarcatClient.Timed r = client.get("registers/" + pick(sample.registerIds(), i), "text/html");
                largest[0] = Math.max(largest[0], r.body().length);
                return r.nanos();
            }));
            variablePages.add(Latency.of(1, VARIABLE_PAGES, i -> client.get("variables/" + pick(sample.variableIds(), i), "text/html").nanos()));
            listPages.add(Latency.of(1, LIST_VIEWS, i -> {
                VarcatClient.Timed r = client.get(session, "list");
                largest[1] = Math.max(largest[1], r.body().length);
                return r.nanos();
            }));
        }
        notes.add(String.format(Locale.ROOT, "Largest register page: %.2f MB of HTML; the list of %d: %.2f MB. %d register pages "
                + "(%d registers in turn), %d variable pages (%d variables from every register), %d list views a run.",
                largest[0] / 1e6, sample.listIris().size(), largest[1] / 1e6, REGISTER_PAGES, sample.registerIds().size(),
                VARIABLE_PAGES, sample.variableIds().size(), LIST_VIEWS));
    }

    List<Row> againstStore(CatalogStore store) throws Exception {
        VariableRepository variables = new VariableRepository(store);
        RegisterRepository registers = new RegisterRepository(store);
        List<Percentiles> register = new ArrayList<>();
        List<Percentiles> variable = new ArrayList<>();
        List<Percentiles> list = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            register.add(Latency.of(1, REGISTER_PAGES, i -> Latency.timed(() -> registers.find(pick(sample.registerIris(), i)))));
            variable.add(Latency.of(1, VARIABLE_PAGES, i -> Latency.timed(() -> {
                String iri = pick(sample.variableIris(), i);
                variables.find(iri);
                variables.related(iri);
            })));
            list.add(Latency.of(1, LIST_VIEWS, i -> Latency.timed(() -> variables.findByIris(sample.listIris()))));
        }
        return List.of(
                row("register page (`/registers/{id}`)", registerPages, register,
                        "`RegisterRepository.find` (the register's details, not its variables)"),
                row("variable page (`/variables/{id}`)", variablePages, variable, "`VariableRepository.find` + `related`"),
                row("list of 500 (`/list`, \"Min variabelliste\")", listPages, list,
                        "`VariableRepository.findByIris` of the 500, one query"));
    }

    List<String> notes() {
        return notes;
    }

    private Row row(String stage, List<Percentiles> app, List<Percentiles> store, String storeReads) {
        Spread p95 = Spread.of(app, Percentiles::p95);
        return new Row(stage + ": p50 / p95",
                Spread.of(app, Percentiles::p50).format("%.0f") + " / " + p95.format("%.0f") + " ms",
                storeReads + ": " + Spread.of(store, Percentiles::p50).format("%.1f") + " / "
                        + Spread.of(store, Percentiles::p95).format("%.1f") + " ms",
                "p95 ≤ 200 ms at 1M", Row.verdictAt(size, "1m", p95.median() <= 200));
    }

    private static String pick(List<String> values, int i) {
        return values.get(i % values.size());
    }
}
