package no.varcat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark harness: for each size, generates the catalog, loads it into the real application
 * through its admin API and measures every stage of issue 15's table against the raw engines in
 * the same run; then writes docs/BENCHMARKS.md. See bench/README.md.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (!Files.isRegularFile(options.jar())) {
            System.err.println("No application jar at " + options.jar() + ": build it first (the documented command does).");
            System.exit(2);
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String loadBefore = loadAverage();
        List<SizeRun.Result> results = new ArrayList<>();
        for (String size : options.sizes()) {
            // Written after each stage, so a long run that is stopped leaves what it measured behind.
            SizeRun run = new SizeRun(options, size, partial -> {
                if (options.loadTestOnly()) {
                    return;
                }
                List<SizeRun.Result> sofar = new ArrayList<>(results);
                sofar.add(partial);
                try {
                    write(options, started, loadBefore, sofar);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            SizeRun.Result result = options.attachPid() > 0 ? run.attach(options.attachPid(), options.loadSeconds()) : run.run();
            results.add(result);
            if (options.loadTestOnly()) {
                writeUnderLoad(options, result);
            } else {
                write(options, started, loadBefore, results);
            }
        }
        System.out.println("Wrote " + options.doc());
    }

    /** Rewrites the report, keeping what people wrote below {@link Report#KEPT} (the reading of the figures). */
    private static void write(Options options, Instant started, String loadBefore, List<SizeRun.Result> results) throws IOException {
        Files.createDirectories(options.doc().getParent());
        String kept = "";
        if (Files.isRegularFile(options.doc())) {
            String old = Files.readString(options.doc(), StandardCharsets.UTF_8);
            int at = old.indexOf(Report.KEPT);
            kept = at < 0 ? "" : old.substring(at);
        }
        Files.writeString(options.doc(), Report.markdown(options, started, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                machine(), loadBefore, loadAverage(), results) + kept, StandardCharsets.UTF_8);
    }

    /** The load test alone: its section replaced (or added), the rest of the report left as it was. */
    private static void writeUnderLoad(Options options, SizeRun.Result result) throws IOException {
        if (result.underLoad() == null) {
            System.err.println("The load test did not run (see the log above); " + options.doc() + " left as it was.");
            return;
        }
        String old = Files.isRegularFile(options.doc()) ? Files.readString(options.doc(), StandardCharsets.UTF_8) : "# Benchmarks\n";
        Files.writeString(options.doc(), Report.splice(old, result.size(), Report.underLoad(result.size(), result.underLoad())),
                StandardCharsets.UTF_8);
    }

    static String machine() {
        return String.format(Locale.ROOT, "%d cores (%s), %s RAM, %s %s (%s), %s", Runtime.getRuntime().availableProcessors(),
                cpuModel(), memTotal(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), osName());
    }

    private static String cpuModel() {
        return firstMatching(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
    }

    private static String memTotal() {
        return firstMatching(Path.of("/proc/meminfo"), "MemTotal").map(l -> String.format(Locale.ROOT, "%.1f GB",
                Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse("?");
    }

    private static String osName() {
        return firstMatching(Path.of("/etc/os-release"), "PRETTY_NAME=").map(l -> l.substring(l.indexOf('=') + 1).replace("\"", ""))
                .orElse(System.getProperty("os.name")) + ", Linux " + System.getProperty("os.version");
    }

    static void log(String size, String message) {
        System.out.printf(Locale.ROOT, "[bench %s %s] %s%n", size, Instant.now().truncatedTo(ChronoUnit.SECONDS), message);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static Optional<String> firstMatching(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
