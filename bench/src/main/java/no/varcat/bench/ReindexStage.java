package no.varcat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The full reindex: the loaded application started again with its Elasticsearch data deleted,
 * timed until every variable is searchable again.
 */
final class ReindexStage {

    /** Starts the application; counts it started once it runs, not once it is healthy (health is DOWN until the index is back). */
    @FunctionalInterface
    interface Start {
        VarcatProcess running() throws Exception;
    }

    private ReindexStage() {
    }

    /** The local node's data dir, which holds both indices: its home is announced in the application's log. */
    static Optional<Path> elasticsearchData(Path appLog) throws IOException {
        Path data = null;
        for (String line : Files.readAllLines(appLog, StandardCharsets.UTF_8)) {
            int at = line.indexOf("(home ");
            if (line.contains("Local Elasticsearch") && at > 0) {
                data = Path.of(line.substring(at + 6, line.lastIndexOf(')')).strip(), "data");
            }
        }
        return Optional.ofNullable(data);
    }

    static Row run(Start start, String password, long expected, double rawIndexSeconds, String size, Duration timeout)
            throws Exception {
        long started = System.nanoTime();
        try (VarcatProcess app = start.running()) {
            double up = app.upSeconds();
            // The rebuild swaps the alias once the whole index is built: the count stays at 0 until then, so only the timeout ends the wait.
            long found = Waits.searchable(new VarcatClient(app.base(), password), expected, timeout, () -> true);
            double total = Stats.seconds(System.nanoTime() - started);
            return new Row("full reindex: restart with the Elasticsearch data deleted, until " + found + " of " + expected
                    + " variables are searchable (search answers 503 until the rebuilt index is there)",
                    String.format(Locale.ROOT, "%.1f s (running after %.1f s)", total, up),
                    String.format(Locale.ROOT, "`_bulk` of the same documents: %.1f s", rawIndexSeconds),
                    "1M ≤ 15 min", Row.verdictAt(size, "1m", total <= 900));
        }
    }
}
