package no.varcat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import no.varcat.catalog.search.SearchConnection;
import no.varcat.catalog.search.SearchEndpoint;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.sample.SampleSource;
import no.varcat.sample.generator.CatalogGenerator;
import no.varcat.sample.generator.CatalogSpec;
import no.varcat.sample.generator.GeneratedCatalog;

/** Every stage for one catalog size, against the raw engines, in one run of the application. */
final class SizeRun {

    private static final String LOAD_STAGE = "full load: sources registered → every variable searchable";

    private final Options options;
    private final String size;
    private final Path dir;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final int runs;
    private double rawIndexSeconds = Double.NaN;
    private double loadSeconds;
    private PageStage pages;

    /** Called with what is measured so far after each stage, so that a long run that is stopped still leaves its figures. */
    private final Consumer<Result> progress;
    private long variables;
    private int sourceCount;
    private long bytes;
    /** Where the application spent its CPU, by what it was doing ("the load", "the search stage", ...), in order. */
    private final Map<String, HotMethods> profiles = new LinkedHashMap<>();
    private UnderLoad.Result underLoad;

    SizeRun(Options options, String size, Consumer<Result> progress) {
        this.progress = progress;
        this.options = options;
        this.size = size;
        this.dir = options.work().resolve(size);
        this.runs = Math.max(1, options.runs());
    }

    record Result(String size, long variables, int sources, long bytes, List<Row> rows, List<String> notes,
            Map<String, HotMethods> profiles, UnderLoad.Result underLoad) {
    }

    Result run() throws Exception {
        if (options.loadTestOnly() && Files.isRegularFile(dir.resolve("catalog").resolve("sources.csv"))
                && Files.isDirectory(dir.resolve("app").resolve("tdb2"))) {
            return loadTestOnLoaded();
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        log("generating " + size);
        GeneratedCatalog catalog = new CatalogGenerator(CatalogSpec.parse(size, options.seed())).generate(dir.resolve("catalog"));
        long expected = catalog.variables();
        List<SampleSource> sources = catalog.sources();
        variables = expected;
        sourceCount = sources.size();
        bytes = catalog.bytes();
        Path appData = dir.resolve("app");
        Path appLog = dir.resolve("varcat.log");
        String password = "bench-" + UUID.randomUUID();
        try (CatalogServer server = CatalogServer.start(catalog.directory())) {
            try (VarcatProcess app = startApplication(appData, appLog, password)) {
                double up = app.upSeconds();
                notes.add(String.format(Locale.ROOT, "Start of an empty application (JVM, store, local Elasticsearch node) until healthy: %.1f s.", up));
                VarcatClient client = new VarcatClient(app.base(), password);
                profiles.put("the load", load(app, client, server, sources, expected));
                progress.accept(snapshot());
                if (options.loadTestOnly()) {
                    underLoad(client, server, catalog.directory(), sources);
                    return snapshot();
                }
                if (!app.alive() || app.logMentions("OutOfMemoryError")) {
                    notes.add("The application ran out of memory or died during the load (see " + appLog + ").");
                }
                stage("store on disk", () -> rows.add(StoreStage.afterLoad(client, appLog, Duration.ofMinutes(options.timeoutMinutes()))));
                String heapAfterLoad = app.heapAfterGc();
                ProcessMemory appAfterLoad = ProcessMemory.of(app.pid()).orElse(null);
                measureAtRest(app, client);
                // The harvest stages last: the latency figures are taken on an application at rest.
                stage("unchanged re-harvest", () -> rows.add(HarvestStages.reharvestUnchanged(client, sources, runs, size,
                        Duration.ofMinutes(options.timeoutMinutes()))));
                stage("one changed source", () -> rows.add(HarvestStages.changedSource(client, server, catalog.directory(),
                        sources, runs, size, notes)));
                stage("memory", () -> memory(app, heapAfterLoad, appAfterLoad));
                underLoad(client, server, catalog.directory(), sources);
            }
            stage("full reindex", () -> reindex(appData, appLog, password, expected));
        }
        stage("raw TDB2 and store reads", () -> rawStore(appData, catalog.directory(), sources));
        return snapshot();
    }

    /**
     * Measures an application that an earlier run of this harness loaded and was stopped after the
     * load (so a long load need not be repeated): every stage but the load, the unchanged
     * re-harvest and the reindex; the load time is given. The catalog is read from its manifest
     * and served again on the port the sources were registered with.
     */
    Result attach(long pid, double loadSecondsGiven) throws Exception {
        Path catalogDir = dir.resolve("catalog");
        List<SampleSource> sources = loaded(catalogDir);
        loadSeconds = loadSecondsGiven;
        Path appLog = dir.resolve("varcat.log");
        if (options.loadTestOnly()) {
            // Left running: the load test needs nothing stopped, and may be run again on the same application.
            VarcatProcess app = VarcatProcess.attach(pid, appLog);
            VarcatClient client = new VarcatClient(app.base(), app.password());
            variables = client.variableTotal("");
            try (CatalogServer server = CatalogServer.start(catalogDir, LoadedCatalog.registeredPort(client))) {
                underLoad(client, server, catalogDir, sources);
            }
            return snapshot();
        }
        try (VarcatProcess app = VarcatProcess.attach(pid, appLog)) {
            VarcatClient client = new VarcatClient(app.base(), app.password());
            variables = client.variableTotal("");
            notes.add("Measured on the application loaded by an earlier run of the harness (load: " + Math.round(loadSecondsGiven)
                    + " s), which was stopped after the load to save the unchanged re-harvest (three full harvests of every source)"
                    + " and the reindex: those two are not measured at this size.");
            try (CatalogServer server = CatalogServer.start(catalogDir, LoadedCatalog.registeredPort(client))) {
                String heap = app.heapAfterGc();
                ProcessMemory memoryNow = ProcessMemory.of(app.pid()).orElse(null);
                stage("memory", () -> memory(app, heap, memoryNow));
                measureAtRest(app, client);
                stage("one changed source", () -> rows.add(HarvestStages.changedSource(client, server, catalogDir, sources, runs,
                        size, notes)));
                underLoad(client, server, catalogDir, sources);
            }
        }
        stage("raw TDB2 and store reads", () -> rawStore(dir.resolve("app"), catalogDir, sources));
        return snapshot();
    }

    /**
     * The load test alone, on the catalog an earlier run of this harness loaded into {@code dir}: the
     * application is started again on its data dir, and the catalog served again on the port its
     * sources were registered with.
     */
    private Result loadTestOnLoaded() throws Exception {
        Path catalogDir = dir.resolve("catalog");
        List<SampleSource> sources = loaded(catalogDir);
        Path appData = dir.resolve("app");
        log("the load test on the catalog loaded before in " + appData);
        try (VarcatProcess app = startApplication(appData, dir.resolve("varcat.log"), "bench-" + UUID.randomUUID())) {
            VarcatClient client = new VarcatClient(app.base(), app.password());
            variables = client.variableTotal("");
            notes.add(String.format(Locale.ROOT, "The load test alone, on the catalog an earlier run loaded (`%s`), with the application"
                    + " started again on it (healthy after %.1f s).", appData, app.upSeconds()));
            try (CatalogServer server = CatalogServer.start(catalogDir, LoadedCatalog.registeredPort(client))) {
                underLoad(client, server, catalogDir, sources);
            }
        }
        return snapshot();
    }

    private List<SampleSource> loaded(Path catalogDir) throws IOException {
        LoadedCatalog loaded = LoadedCatalog.read(catalogDir);
        sourceCount = loaded.sources().size();
        bytes = loaded.bytes();
        return loaded.sources();
    }

    /** The load test: 50 connections for 60 s over pages, API and suggestions while a changed source is harvested. */
    private void underLoad(VarcatClient client, CatalogServer server, Path catalogDir, List<SampleSource> sources) {
        stage("under load", () -> {
            LoadMix mix = LoadMix.collect(client);
            HarvestDuringLoad harvest = new HarvestDuringLoad(client, server, catalogDir, sources);
            String command = options.command() + (options.loadTestOnly() && options.attachPid() == 0
                    ? " -D" + "bench.only=" + Options.LOAD_TEST : "");
            underLoad = new UnderLoad(client.base()).run(mix, options.underLoadConnections(), options.underLoadSeconds(), harvest,
                    command, size);
            log("under load: " + underLoad.summary());
            underLoad.failures().forEach(f -> log("under load, error " + f));
        });
    }

    /**
     * Search, pages, exports and the raw Elasticsearch load, on an application doing nothing else. The
     * search and page stages are profiled, so that a latency target missed comes with where the time went.
     */
    private void measureAtRest(VarcatProcess app, VarcatClient client) {
        stage("search", () -> {
            try (SearchConnection es = SearchConnection.open(SearchEndpoint.unauthenticated(app.elasticsearch()))) {
                profiled(app, "search", "the search stage", () -> rows.addAll(SearchStage.run(client,
                        new VariableSearch(es, RawIndexLoad.ALIAS), runs, size)));
                notes.add(SearchStage.note());
            }
        });
        stage("pages", () -> {
            PageStage measured = new PageStage(PageSample.collect(client, 200), runs, size);
            profiled(app, "pages", "the page stage (the application's pages only)", () -> measured.measureApplication(client));
            notes.addAll(measured.notes());
            pages = measured;
        });
        stage("DCAT export", () -> rows.add(ExportStage.run(client, "catalog", "DCAT-AP-NO export (`/catalog`, every page)", runs, size)));
        stage("HealthDCAT-AP export", () -> rows.add(ExportStage.run(client, "catalog/healthdcat-ap",
                "HealthDCAT-AP export (`/catalog/healthdcat-ap`, every page)", runs, size)));
        if (Double.isNaN(rawIndexSeconds)) {
            stage("raw Elasticsearch _bulk", () -> rawIndex(app));
        }
    }

    private void rawIndex(VarcatProcess app) throws Exception {
        RawIndexLoad raw = new RawIndexLoad(app.elasticsearch());
        rawIndexSeconds = raw.load();
    }

    /**
     * Starts the application, up to three times: on a busy machine its local Elasticsearch node can
     * miss the application's 120 s start timeout, and the application then exits.
     */
    private VarcatProcess startApplication(Path appData, Path appLog, String password) throws Exception {
        return startApplication(appData, appLog, password, "actuator/health");
    }

    /** @param healthPath what must answer 200 for the application to count as started ({@link VarcatProcess#awaitUp}) */
    private VarcatProcess startApplication(Path appData, Path appLog, String password, String healthPath) throws Exception {
        for (int attempt = 1; ; attempt++) {
            VarcatProcess app = VarcatProcess.start(options.jar(), appData, appLog, password);
            try {
                app.awaitUp(Duration.ofMinutes(5), healthPath);
                return app;
            } catch (IllegalStateException e) {
                app.close();
                if (attempt == 3) {
                    throw e;
                }
                notes.add("The application did not start (attempt " + attempt + ": " + e.getMessage() + "); started again.");
            }
        }
    }

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
        // The public API first: each admin request costs the application a BCrypt check of the password.
        long found = Waits.searchable(client, expected, Duration.ofMinutes(options.timeoutMinutes()), () -> Waits.working(client, sources));
        double searchable = Stats.seconds(System.nanoTime() - started);
        Map<String, Long> outcomes = Waits.harvested(client, sources, trigger, Duration.ofMinutes(options.timeoutMinutes()));
        double harvested = Stats.seconds(System.nanoTime() - started);
        loadSeconds = Math.max(searchable, harvested);
        Path jfr = dir.resolve("load.jfr");
        app.jfrStop("load", jfr);
        notes.add(String.format(Locale.ROOT, "Load: %d sources registered in %.1f s, every run ended after %.1f s (outcomes %s), "
                + "%d of %d variables searchable after %.1f s (the later of the two is the load time). JFR recording of the load: `%s`.",
                sources.size(), registered, harvested, outcomes, found, expected, searchable, jfr));
        rows.add(new Row(LOAD_STAGE, String.format(Locale.ROOT, "%.0f s", loadSeconds), "(measured at the end)",
                LoadTarget.TEXT, "—"));
        if (found != expected) {
            notes.add("**Not every variable became searchable**: " + found + " of " + expected + ".");
        }
        return HotMethods.of(jfr, 15);
    }

    /** Runs {@code work} under a JFR recording of the application ({@code <name>.jfr} in the size's folder). */
    private void profiled(VarcatProcess app, String name, String what, Stage work) throws Exception {
        app.jfrStart(name);
        try {
            work.run();
        } finally {
            Path jfr = dir.resolve(name + ".jfr");
            app.jfrStop(name, jfr);
            profiles.put(what, HotMethods.of(jfr, 15));
        }
    }

    private void memory(VarcatProcess app, String heapAfterLoad, ProcessMemory appAfterLoad) throws Exception {
        ProcessMemory appNow = ProcessMemory.of(app.pid()).orElse(null);
        ProcessMemory es = app.elasticsearchPid().flatMap(ProcessMemory::of).orElse(null);
        boolean alive = app.alive() && !app.logMentions("OutOfMemoryError");
        rows.add(new Row("memory: the application (`" + VarcatProcess.HEAP + "`)",
                "heap after load and GC: " + heapAfterLoad + "; after load " + appAfterLoad + "; at the end " + appNow,
                "—", "runs at 1M with `-Xmx1g`", Row.verdictAt(size, "1m", alive)));
        rows.add(new Row("memory: the local Elasticsearch node (heap 512 MB)", String.valueOf(es), "—", "—", "—"));
    }

    private void reindex(Path appData, Path appLog, String password, long expected) throws Exception {
        log("full reindex: restart with the index deleted");
        Optional<Path> esData = ReindexStage.elasticsearchData(appLog);
        if (esData.isEmpty()) {
            notes.add("Full reindex not measured: the log does not say where the local node keeps its data.");
            return;
        }
        deleteTree(esData.get());
        // Live, not healthy: health says DOWN until the rebuilt index is there, which at 1M takes longer
        // than a start may (the 2026-12-03 18:45 run restarted the application three times and gave up).
        rows.add(ReindexStage.run(() -> startApplication(appData, appLog, password, "actuator/health/liveness"), password, expected,
                rawIndexSeconds, size, Duration.ofMinutes(options.timeoutMinutes())));
    }

    private void rawStore(Path appData, Path catalogDir, List<SampleSource> sources) throws Exception {
        log("raw engines: TDB2 dump and bulk load");
        Path nquads = dir.resolve("store.nq");
        long quads = RawStore.dump(appData.resolve("tdb2"), nquads);
        double tdb = RawStore.bulkLoad(nquads, dir.resolve("raw-tdb2"));
        long rawBytes = RawStore.bytesOnDisk(dir.resolve("raw-tdb2"));
        rows.replaceAll(r -> StoreStage.withRaw(r, rawBytes));
        List<Path> turtle = sources.stream().filter(s -> s.format().equals("turtle"))
                .map(s -> catalogDir.resolve(s.file())).toList();
        double parse = RawStore.parseTurtle(turtle);
        double raw = tdb + rawIndexSeconds;
        rows.removeIf(r -> r.stage().equals(LOAD_STAGE));
        rows.add(0, new Row(LOAD_STAGE,
                String.format(Locale.ROOT, "%.0f s (%.1f× raw)", loadSeconds, loadSeconds / raw),
                String.format(Locale.ROOT, "%.0f s = TDB2 phased bulk load of the store's %,d quads (RIOT N-Quads parse included) %.1f s "
                        + "+ `_bulk` of the %s indexed documents %.1f s", raw, quads, tdb, String.format(Locale.ROOT, "%,d", variables), rawIndexSeconds),
                LoadTarget.TEXT, Row.verdict(LoadTarget.met(size, loadSeconds, raw))));
        notes.add(String.format(Locale.ROOT, "RIOT parse alone of the %d Turtle source files (the other formats are not RDF): %.1f s.",
                turtle.size(), parse));
        if (pages != null) {
            try (Tdb2CatalogStore store = Tdb2CatalogStore.open(appData.resolve("tdb2"))) {
                rows.addAll(pages.againstStore(store));
            }
        }
    }



    private interface Stage {
        void run() throws Exception;
    }

    /** A stage that fails is reported as such and the others still run: a long run should not be lost to one fault. */
    private void stage(String name, Stage stage) {
        log(name);
        try {
            stage.run();
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            e.printStackTrace();
            notes.add("**Stage \"" + name + "\" failed**: " + e);
        }
        progress.accept(snapshot());
    }

    private Result snapshot() {
        return new Result(size, variables, sourceCount, bytes, List.copyOf(rows), List.copyOf(notes), new LinkedHashMap<>(profiles), underLoad);
    }

    private void log(String message) {
        Benchmark.log(size, message);
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
