package no.varcat.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import no.varcat.sample.SampleSource;

/** Waiting for the application: until its harvests are over, and until search finds what was loaded. */
final class Waits {

    /** Each admin request costs the application a BCrypt check (HTTP Basic, no session): poll it sparingly. */
    private static final long POLL_ADMIN_MILLIS = 3000;

    private Waits() {
    }

    /**
     * Waits until none of the sources is busy (a run asked for counts as busy from the request on);
     * then counts the outcomes of the runs that started after {@code trigger}. A run that finds the
     * source unchanged (a 304, or the same content) records nothing, not even in the harvest log, so
     * a source without a new run is counted as such.
     */
    static Map<String, Long> harvested(VarcatClient client, List<SampleSource> sources, Instant trigger, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean busy = false;
            Map<String, Long> outcomes = new TreeMap<>();
            for (JsonNode s : ours(client, sources)) {
                busy |= s.path("busy").asBoolean();
                JsonNode last = s.path("lastRun");
                boolean ranNow = last.isObject() && !Instant.parse(last.path("started").asString()).isBefore(trigger.minusSeconds(1));
                outcomes.merge(ranNow ? last.path("outcome").asString() : "no run recorded (304, or the same content)", 1L, Long::sum);
            }
            if (!busy) {
                return outcomes;
            }
            Thread.sleep(POLL_ADMIN_MILLIS);
        }
        throw new IllegalStateException("Harvests did not end within " + timeout);
    }

    /** Whether any of {@code sources} is busy (a run asked for or going on) or the store is being compacted. */
    static boolean working(VarcatClient client, List<SampleSource> sources) throws Exception {
        if (client.store().path("compacting").asBoolean(false)) {
            return true;
        }
        return ours(client, sources).stream().anyMatch(s -> s.path("busy").asBoolean());
    }

    /** The admin API's entries of {@code sources}, the harness's own (an attached application may have others). */
    private static List<JsonNode> ours(VarcatClient client, List<SampleSource> sources) throws Exception {
        Set<String> ids = sources.stream().map(SampleSource::id).collect(Collectors.toSet());
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode s : client.sources()) {
            if (ids.contains(s.path("id").asString())) {
                found.add(s);
            }
        }
        return found;
    }

    /** A condition polled through the admin API. */
    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls {@code condition} (an admin request each time, so sparingly) until it holds. */
    static void until(Condition condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + timeout + " in vain");
            }
            Thread.sleep(POLL_ADMIN_MILLIS);
        }
    }

    /**
     * Polls the public API (a 503 counting as none found yet) until it finds {@code expected}
     * variables, or the count stops moving for two minutes while {@code working} no longer holds (the
     * harvests waiting for a compaction of the store, or one catch-up indexing a large range, keep the
     * count still for minutes at 1M).
     */
    static long searchable(VarcatClient client, long expected, Duration timeout, Condition working) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long last = -1;
        long lastChange = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long total = client.variableTotalOnceAnswering("");
            if (total == expected) {
                return total;
            }
            if (total != last) {
                last = total;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > Duration.ofMinutes(2).toNanos()) {
                if (!working.holds()) {
                    return total;
                }
                lastChange = System.nanoTime();
            }
            Thread.sleep(500);
        }
        return last;
    }
}
