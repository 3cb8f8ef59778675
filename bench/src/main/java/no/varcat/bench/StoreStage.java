package no.varcat.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The TDB2 store's bytes on disk after the load, with the compactions the application made by itself
 * during it (they are in its log), then one asked for through the admin API and timed until it ended;
 * later set beside what TDB2's phased bulk loader makes of the same quads.
 */
final class StoreStage {

    static final String STAGE = "store on disk (TDB2): after the load, and compacted through the admin API";

    private StoreStage() {
    }

    static Row afterLoad(VarcatClient client, Path appLog, Duration timeout) throws Exception {
        long afterLoad = client.store().path("bytesOnDisk").asLong();
        long automatic = Files.readAllLines(appLog, StandardCharsets.UTF_8).stream().filter(l -> l.contains("Compacted the store in")).count();
        String previous = client.store().path("lastCompaction").toString();
        long started = System.nanoTime();
        if (!client.compactStore()) {
            // One the application started by itself: the one asked for comes after it.
            Waits.until(() -> !client.store().path("compacting").asBoolean(), timeout);
            previous = client.store().path("lastCompaction").toString();
            client.compactStore();
        }
        String before = previous;
        Waits.until(() -> {
            JsonNode status = client.store();
            return !status.path("compacting").asBoolean() && !status.path("lastCompaction").toString().equals(before);
        }, timeout);
        double took = Stats.seconds(System.nanoTime() - started);
        JsonNode last = client.store().path("lastCompaction");
        return new Row(STAGE, String.format(Locale.ROOT,
                "%s after the load (%d automatic compactions during it); compacted on request in %.1f s to %s (%s)",
                gigabytes(afterLoad), automatic, took, gigabytes(last.path("bytesAfter").asLong()), last.path("outcome").asString()),
                "(measured at the end)", "—", "—");
    }

    /** {@code row} with the bulk loader's size in its raw column, when it is this stage's. */
    static Row withRaw(Row row, long rawBytes) {
        if (!row.stage().equals(STAGE)) {
            return row;
        }
        return new Row(row.stage(), row.varcat(), "TDB2's phased bulk load of the same quads: " + gigabytes(rawBytes), row.target(),
                row.verdict());
    }

    static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
