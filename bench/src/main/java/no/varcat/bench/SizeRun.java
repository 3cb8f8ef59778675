package no.varcat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

import tools.jackson.databind.JsonNode;

import no.varcat.bench.Stats.Percentiles;
import no.varcat.bench.Stats.Spread;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.search.SearchConnection;
import no.varcat.catalog.search.SearchEndpoint;
import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.sample.SampleSource;
import no.varcat.sample.generator.CatalogGenerator;
import no.varcat.sample.generator.CatalogSpec;
import no.varcat.sample.generator.GeneratedCatalog;

/** Every stage for one catalog size, against the raw engines, in one run of the application. */
final class SizeRun {

    /** Words the generated catalogs use (labels, synonyms, inflections), and the empty search with every facet. */
    private static final List<String> QUERIES = List.of("fødselsvekt", "BMI", "kroppsmasseindeks", "diagnose", "blodtrykk",
            "hastegrad", "apgar", "lengde ved utskrivning", "dato", "");
    private static final String HYDRA_NEXT = "http://www.w3.org/ns/hydra/core#next";

    private final Options options;
    private final String size;
    private final Path dir;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final int runs;

    SizeRun(Options options, String size) {
        this.options = options;
        this.size = size;
        this.dir = options.work().resolve(size);
        this.runs = Math.max(1, options.runs());
    }

    record Result(String size, long variables, int sources, long bytes, List<Row> rows, List<String> notes, HotMethods load) {
    }

    Result run() throws Exception {
        deleteTree(dir);
        Files.createDirectories(dir);
        log("generating " + size);
        GeneratedCatalog catalog = new CatalogGenerator(CatalogSpec.parse(size, options.seed())).generate(dir.resolve("catalog"));
        long expected = catalog.variables();
        List<SampleSource> sources = catalog.sources();
        Path appData = dir.resolve("app");
        Path appLog = dir.resolve("varcat.log");
        String password = "bench-" + UUID.randomUUID();
        HotMethods hot;
        List<byte[]> bulk;
        PageSample sample;
        try (CatalogServer server = CatalogServer.start(catalog.directory())) {
            try (VarcatProcess app = VarcatProcess.start(options.jar(), appData, appLog, password)) {
                double up = app.awaitUp(Duration.ofMinutes(5));
                notes.add(String.format(Locale.ROOT, "Start of an empty application (JVM, store, local Elasticsearch node) until healthy: %.1f s.", up));
                VarcatClient client = new VarcatClient(app.base(), password);
                hot = load(app, client, server, sources, expected);
                if (!app.alive() || app.logMentions("OutOfMemoryError")) {
                    notes.add("The application ran out of memory or died during the load (see " + appLog + ").");
                }
                String heapAfterLoad = app.heapAfterGc();
                ProcessMemory appAfterLoad = ProcessMemory.of(app.pid()).orElse(null);
                reharvestUnchanged(client, sources);
                changedSource(client, server, catalog);
                search(client, new VariableSearch(SearchConnection.open(SearchEndpoint.unauthenticated(app.elasticsearch())),
                        RawIndexLoad.ALIAS));
                sample = PageSample.collect(client, 200);
                pages(client, sample);
                export(client, "catalog", "DCAT-AP-NO export (`/catalog`, every page)");
                export(client, "catalog/healthdcat-ap", "HealthDCAT-AP export (`/catalog/healthdcat-ap`, every page)");
                RawIndexLoad raw = new RawIndexLoad(app.elasticsearch());
                bulk = raw.exportBatches();
                double esBulk = raw.load(bulk);
                rawIndexSeconds = esBulk;
                memory(app, heapAfterLoad, appAfterLoad);
            }
            reindex(appData, appLog, password, expected);
        }
        rawStore(appData, catalog, sample);
        return new Result(size, expected, sources.size(), catalog.bytes(), rows, notes, hot);
    }

    private double rawIndexSeconds;
    private double loadSeconds;
    private final List<String> loadRows = new ArrayList<>();

    private HotMethods load(VarcatProcess app, VarcatClient client, CatalogServer server, List<SampleSource> sources, long expected)
            throws Exception {
        log("registering and harvesting " + sources.size() + " sources");
        app.jfrStart("load");
        Instant trigger = Instant.now();
        long started = System.nanoTime();
        for (SampleSource s : sources) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("title", s.title());
            body.put("location", server.uri(s.file()).toString());
            body.put("format", s.format());
            if (s.preset() != null && !s.preset().isBlank()) {
                body.put("preset", s.preset());
            }
            if (s.register() != null && !s.register().isBlank()) {
                body.put("register", s.register());
            }
            client.putSource(s.id(), body);
        }
        double registered = Stats.seconds(System.nanoTime() - started);
        for (SampleSource s : sources) {
            client.harvest(s.id());
        }
        Map<String, Long> outcomes = awaitHarvested(client, sources, trigger);
        double harvested = Stats.seconds(System.nanoTime() - started);
        long found = awaitSearchable(client, expected, Duration.ofMinutes(options.timeoutMinutes()));
        loadSeconds = Stats.seconds(System.nanoTime() - started);
        Path jfr = dir.resolve("load.jfr");
        app.jfrStop("load", jfr);
        notes.add(String.format(Locale.ROOT, "Load: %d sources registered in %.1f s, every run ended after %.1f s (outcomes %s), "
                + "%d of %d variables searchable after %.1f s. JFR recording of the load: `%s`.",
                sources.size(), registered, harvested, outcomes, found, expected, loadSeconds, jfr));
        if (found != expected) {
            notes.add("**Not every variable became searchable**: " + found + " of " + expected + ".");
        }
        return HotMethods.of(jfr, 15);
    }

    /** Waits until every source's newest run started after {@code trigger} and none is busy; the outcomes counted. */
    private Map<String, Long> awaitHarvested(VarcatClient client, List<SampleSource> sources, Instant trigger) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(options.timeoutMinutes()).toNanos();
        List<String> ids = sources.stream().map(SampleSource::id).toList();
        while (System.nanoTime() < deadline) {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            int done = 0;
            for (JsonNode s : client.sources()) {
                if (!ids.contains(s.path("id").asString())) {
                    continue;
                }
                JsonNode last = s.path("lastRun");
                boolean finished = !s.path("busy").asBoolean() && last.isObject() && !last.path("finished").isNull()
                        && !Instant.parse(last.path("started").asString()).isBefore(trigger.minusSeconds(1));
                if (finished) {
                    done++;
                    outcomes.merge(last.path("outcome").asString(), 1L, Long::sum);
                }
            }
            if (done == ids.size()) {
                return outcomes;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Harvests did not end within " + options.timeoutMinutes() + " minutes");
    }

    /** Polls the public API until it finds {@code expected} variables, or the count stops moving for two minutes. */
    private long awaitSearchable(VarcatClient client, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long last = -1;
        long lastChange = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long total = client.variableTotal("");
            if (total == expected) {
                return total;
            }
            if (total != last) {
                last = total;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > Duration.ofMinutes(2).toNanos()) {
                return total;
            }
            Thread.sleep(250);
        }
        return last;
    }

    private void reharvestUnchanged(VarcatClient client, List<SampleSource> sources) throws Exception {
        List<Double> seconds = new ArrayList<>();
        Map<String, Long> outcomes = Map.of();
        for (int run = 0; run < runs; run++) {
            log("unchanged re-harvest " + (run + 1));
            Instant trigger = Instant.now();
            long started = System.nanoTime();
            for (SampleSource s : sources) {
                client.harvest(s.id());
            }
            outcomes = awaitHarvested(client, sources, trigger);
            seconds.add(Stats.seconds(System.nanoTime() - started));
        }
        Spread spread = Spread.of(seconds);
        rows.add(new Row("unchanged re-harvest of every source (" + sources.size() + " sources; outcomes " + outcomes + ")",
                spread.format("%.1f s"), "—", "100k ≤ 60 s", targetAt("100k", spread.median() <= 60)));
    }

    private void changedSource(VarcatClient client, CatalogServer server, GeneratedCatalog catalog) throws Exception {
        SampleSource source = catalog.sources().stream().filter(s -> s.format().equals("turtle") && s.file().contains("variables"))
                .findFirst().orElseThrow();
        byte[] original = Files.readAllBytes(catalog.directory().resolve(source.file()));
        String text = new String(original, StandardCharsets.UTF_8);
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            String token = "benchendring" + (char) ('a' + run) + "zq";
            server.replace(source.file(), text.replaceFirst("skos:prefLabel \"", "skos:prefLabel \"" + token + " ")
                    .getBytes(StandardCharsets.UTF_8));
            log("changed source " + source.id() + " run " + (run + 1));
            long started = System.nanoTime();
            while (!client.harvest(source.id())) {
                Thread.sleep(100);
            }
            long deadline = started + Duration.ofMinutes(30).toNanos();
            while (client.variableTotal(token) < 1 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            seconds.add(Stats.seconds(System.nanoTime() - started));
        }
        Spread spread = Spread.of(seconds);
        rows.add(new Row("one changed source until searchable (`" + source.file() + "`, one label changed)",
                spread.format("%.1f s"), "—", "1M ≤ 10 s", targetAt("1m", spread.median() <= 10)));
    }

    private void search(VarcatClient client, VariableSearch raw) throws Exception {
        for (String q : QUERIES) {
            client.get("api/v1/variables?q=" + VarcatClient.encode(q), "application/json");
            raw.search(VariableQuery.text(q, 0, 20));
        }
        for (int clients : new int[] {1, 16}) {
            List<Percentiles> app = new ArrayList<>();
            List<Percentiles> bare = new ArrayList<>();
            int perClient = clients == 1 ? 100 : 25;
            for (int run = 0; run < runs; run++) {
                log("search, " + clients + " clients, run " + (run + 1));
                app.add(concurrently(clients, perClient, i -> client.get("api/v1/variables?q="
                        + VarcatClient.encode(QUERIES.get(i % QUERIES.size())), "application/json").nanos()));
                bare.add(concurrently(clients, perClient, i -> {
                    long started = System.nanoTime();
                    raw.search(VariableQuery.text(QUERIES.get(i % QUERIES.size()), 0, 20));
                    return System.nanoTime() - started;
                }));
            }
            Spread p50 = Spread.of(app, Percentiles::p50);
            Spread p95 = Spread.of(app, Percentiles::p95);
            Spread p99 = Spread.of(app, Percentiles::p99);
            Spread r50 = Spread.of(bare, Percentiles::p50);
            Spread r95 = Spread.of(bare, Percentiles::p95);
            Spread r99 = Spread.of(bare, Percentiles::p99);
            boolean met = (clients != 16 || p95.median() <= 100) && p50.median() - r50.median() <= 10;
            rows.add(new Row("search (`/api/v1/variables?q=`), " + clients + (clients == 1 ? " client" : " concurrent clients")
                    + ", " + clients * perClient + " requests a run: p50 / p95 / p99",
                    p50.format("%.0f") + " / " + p95.format("%.0f") + " / " + p99.format("%.0f") + " ms",
                    r50.format("%.0f") + " / " + r95.format("%.0f") + " / " + r99.format("%.0f") + " ms",
                    clients == 16 ? "p95 ≤ 100 ms at 1M; p50 overhead ≤ 10 ms" : "p50 overhead ≤ 10 ms",
                    clients == 16 ? targetAt("1m", met) : Row.verdict(met)));
        }
        notes.add("Search queries, in turn: " + String.join(", ", QUERIES.stream().map(q -> q.isEmpty() ? "(empty: all, with every facet)" : "«" + q + "»").toList())
                + ". The raw engine is the same request body, built by catalog-core's `VariableSearch`, sent from the harness to the same node.");
    }

    interface Timed {
        long nanos(int i) throws Exception;
    }

    private static Percentiles concurrently(int clients, int perClient, Timed request) throws Exception {
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

    private final Map<String, List<Percentiles>> pageTimes = new LinkedHashMap<>();

    private void pages(VarcatClient client, PageSample sample) throws Exception {
        List<Percentiles> registers = new ArrayList<>();
        List<Percentiles> variables = new ArrayList<>();
        List<Percentiles> lists = new ArrayList<>();
        long started = System.nanoTime();
        HttpClient session = client.sessionWithList("variables/" + sample.variableIds().get(0), sample.listIris());
        notes.add(String.format(Locale.ROOT, "\"Min variabelliste\" filled with %d variables in %.1f s (one POST each).",
                sample.listIris().size(), Stats.seconds(System.nanoTime() - started)));
        long[] bytes = new long[3];
        for (int run = 0; run < runs; run++) {
            log("pages, run " + (run + 1));
            registers.add(concurrently(1, 30, i -> {
                VarcatClient.Timed r = client.get("registers/" + sample.registerIds().get(i % sample.registerIds().size()), "text/html");
                bytes[0] = Math.max(bytes[0], r.body().length);
                return r.nanos();
            }));
            variables.add(concurrently(1, 50, i -> client.get("variables/" + sample.variableIds().get(i % sample.variableIds().size()),
                    "text/html").nanos()));
            lists.add(concurrently(1, 5, i -> {
                VarcatClient.Timed r = client.get(session, "list");
                bytes[2] = Math.max(bytes[2], r.body().length);
                return r.nanos();
            }));
        }
        pageTimes.put("register", registers);
        pageTimes.put("variable", variables);
        pageTimes.put("list", lists);
        notes.add(String.format(Locale.ROOT, "Largest register page: %.1f MB of HTML; the list of %d: %.1f MB.",
                bytes[0] / 1e6, sample.listIris().size(), bytes[2] / 1e6));
    }

    private void export(VarcatClient client, String path, String stage) throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<Double> writer = new ArrayList<>();
        long bytes = 0;
        int pageCount = 0;
        long triples = 0;
        for (int run = 0; run < runs; run++) {
            log(path + " run " + (run + 1));
            Model all = ModelFactory.createDefaultModel();
            long nanos = 0;
            bytes = 0;
            pageCount = 0;
            String next = path;
            while (next != null) {
                VarcatClient.Timed page = client.get(next, "text/turtle");
                if (page.status() != 200) {
                    throw new IllegalStateException("GET " + next + " answered " + page.status());
                }
                nanos += page.nanos();
                bytes += page.body().length;
                pageCount++;
                Model model = ModelFactory.createDefaultModel();
                RDFParser.fromString(page.text(), Lang.TURTLE).base(client.base().toString()).parse(model);
                List<RDFNode> nexts = model.listObjectsOfProperty(model.createProperty(HYDRA_NEXT)).toList();
                model.remove(model.listStatements(null, null, (RDFNode) null).filterKeep(
                        s -> s.getPredicate().getURI().startsWith("http://www.w3.org/ns/hydra/core#")).toList());
                all.add(model);
                next = nexts.isEmpty() ? null : relative(nexts.get(0).asResource().getURI());
            }
            seconds.add(Stats.seconds(nanos));
            triples = all.size();
            long t0 = System.nanoTime();
            RDFDataMgr.write(OutputStream.nullOutputStream(), all, Lang.TURTLE);
            writer.add(Stats.seconds(System.nanoTime() - t0));
        }
        rows.add(new Row(stage + ": time, size", Spread.of(seconds).format("%.2f s") + ", " + String.format(Locale.ROOT,
                "%.1f MB in %d pages", bytes / 1e6, pageCount),
                "Jena Turtle writer, the same " + triples + " triples: " + Spread.of(writer).format("%.2f s"), "—", "—"));
    }

    private static String relative(String uri) {
        int slash = uri.indexOf('/', uri.indexOf("//") + 2);
        return slash < 0 ? "" : uri.substring(slash + 1);
    }

    private void memory(VarcatProcess app, String heapAfterLoad, ProcessMemory appAfterLoad) throws Exception {
        ProcessMemory appNow = ProcessMemory.of(app.pid()).orElse(null);
        ProcessMemory es = app.elasticsearchPid().flatMap(ProcessMemory::of).orElse(null);
        boolean alive = app.alive() && !app.logMentions("OutOfMemoryError");
        rows.add(new Row("memory: the application (`" + VarcatProcess.HEAP + "`)",
                "heap after load and GC: " + heapAfterLoad + "; after load " + appAfterLoad + "; at the end " + appNow,
                "—", "runs at 1M with `-Xmx1g`", targetAt("1m", alive)));
        rows.add(new Row("memory: the local Elasticsearch node (heap 512 MB)", String.valueOf(es), "—", "—", "—"));
    }

    private void reindex(Path appData, Path appLog, String password, long expected) throws Exception {
        log("full reindex: restart with the index deleted");
        Path esData = null;
        // The node's home is announced in the log; its data dir holds both indices.
        for (String line : Files.readAllLines(appLog, StandardCharsets.UTF_8)) {
            int at = line.indexOf("(home ");
            if (line.contains("Local Elasticsearch") && at > 0) {
                esData = Path.of(line.substring(at + 6, line.lastIndexOf(')')).strip(), "data");
            }
        }
        if (esData == null) {
            notes.add("Full reindex not measured: the log does not say where the local node keeps its data.");
            return;
        }
        deleteTree(esData);
        try (VarcatProcess app = VarcatProcess.start(options.jar(), appData, appLog, password)) {
            long started = System.nanoTime();
            double up = app.awaitUp(Duration.ofMinutes(options.timeoutMinutes()));
            long found = awaitSearchable(new VarcatClient(app.base(), password), expected, Duration.ofMinutes(options.timeoutMinutes()));
            double total = Stats.seconds(System.nanoTime() - started);
            rows.add(new Row("full reindex: restart with the Elasticsearch data deleted, until " + found + " of " + expected
                    + " variables are searchable (no admin \"rebuild\" API on main yet)",
                    String.format(Locale.ROOT, "%.1f s (healthy after %.1f s)", total, up),
                    String.format(Locale.ROOT, "`_bulk` of the same documents: %.1f s", rawIndexSeconds),
                    "1M ≤ 15 min", targetAt("1m", total <= 900)));
        }
    }

    private void rawStore(Path appData, GeneratedCatalog catalog, PageSample sample) throws Exception {
        log("raw engines: TDB2 dump and bulk load");
        Path nquads = dir.resolve("store.nq");
        long quads = RawStore.dump(appData.resolve("tdb2"), nquads);
        double tdb = RawStore.bulkLoad(nquads, dir.resolve("raw-tdb2"));
        List<Path> turtle = catalog.sources().stream().filter(s -> s.format().equals("turtle"))
                .map(s -> catalog.directory().resolve(s.file())).toList();
        double parse = RawStore.parseTurtle(turtle);
        double raw = tdb + rawIndexSeconds;
        boolean met = loadSeconds <= raw * 3 && (!size.equalsIgnoreCase("100k") || loadSeconds <= 300)
                && (!size.equalsIgnoreCase("1m") || loadSeconds <= 2700);
        rows.add(0, new Row("full load: sources registered → every variable searchable",
                String.format(Locale.ROOT, "%.0f s (%.1f× raw)", loadSeconds, loadSeconds / raw),
                String.format(Locale.ROOT, "%.0f s = TDB2 phased bulk load of the store's %,d quads (RIOT N-Quads parse included) %.1f s "
                        + "+ `_bulk` of the %s indexed documents %.1f s", raw, quads, tdb, String.format(Locale.ROOT, "%,d", catalog.variables()), rawIndexSeconds),
                "100k ≤ 5 min and ≤ 3× raw; 1M ≤ 45 min", Row.verdict(met)));
        notes.add(String.format(Locale.ROOT, "RIOT parse alone of the %d Turtle source files (the other formats are not RDF): %.1f s.",
                turtle.size(), parse));
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(appData.resolve("tdb2"))) {
            VariableRepository variables = new VariableRepository(store);
            RegisterRepository registers = new RegisterRepository(store);
            List<Percentiles> reg = new ArrayList<>();
            List<Percentiles> var = new ArrayList<>();
            List<Percentiles> list = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                reg.add(concurrently(1, 30, i -> timed(() -> registers.find(sample.registerIris().get(i % sample.registerIris().size())))));
                var.add(concurrently(1, 50, i -> timed(() -> {
                    String iri = sample.variableIris().get(i % sample.variableIris().size());
                    variables.find(iri);
                    variables.related(iri);
                })));
                list.add(concurrently(1, 5, i -> timed(() -> variables.findByIris(sample.listIris()))));
            }
            pageRow("register page (`/registers/{id}`)", pageTimes.get("register"), reg,
                    "`RegisterRepository.find` (the register's details, not its variables)");
            pageRow("variable page (`/variables/{id}`)", pageTimes.get("variable"), var,
                    "`VariableRepository.find` + `related`");
            pageRow("list of 500 (`/list`, \"Min variabelliste\")", pageTimes.get("list"), list,
                    "`VariableRepository.findByIris` of the 500, one query");
        }
    }

    private void pageRow(String stage, List<Percentiles> app, List<Percentiles> store, String storeReads) {
        Spread p50 = Spread.of(app, Percentiles::p50);
        Spread p95 = Spread.of(app, Percentiles::p95);
        rows.add(new Row(stage + ": p50 / p95", p50.format("%.0f") + " / " + p95.format("%.0f") + " ms",
                storeReads + ": " + Spread.of(store, Percentiles::p50).format("%.1f") + " / " + Spread.of(store, Percentiles::p95).format("%.1f") + " ms",
                "p95 ≤ 200 ms at 1M", targetAt("1m", p95.median() <= 200)));
    }

    private interface Action {
        void run() throws Exception;
    }

    private static long timed(Action action) throws Exception {
        long started = System.nanoTime();
        action.run();
        return System.nanoTime() - started;
    }

    /** A target set for another size is reported as a trend, not as met or missed. */
    private String targetAt(String targetSize, boolean met) {
        if (size.equalsIgnoreCase(targetSize)) {
            return Row.verdict(met);
        }
        return (met ? "on track" : "**over already**") + " (target is for " + targetSize.toUpperCase(Locale.ROOT) + ")";
    }

    private void log(String message) {
        System.out.printf(Locale.ROOT, "[bench %s %s] %s%n", size, Instant.now(), message);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
