package no.varcat.harvest.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.change.ChangeFilter;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.change.ChangeType;
import no.varcat.catalog.change.LoggedChange;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.search.IndexCursor;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;

/**
 * A harvest killed by SIGKILL while it saves a large source, in a JVM of its own over a TDB2 store on
 * disk: after the restart the source's graph is the old version or the new one, never a mix; the run
 * log and the change log say the same as the graph; and a catch-up from the index cursor finds every
 * change of the new version once it is harvested again.
 *
 * <p>{@value #SIZE_PROPERTY} sets the number of variables (default {@value #DEFAULT_SIZE}, which keeps
 * the test to seconds); docs/RELIABILITY.md gives the command for 100,000.
 */
class HarvestKilledWhileSavingTest {

    static final String SIZE_PROPERTY = "varcat.crash.variables";
    static final int DEFAULT_SIZE = 2_000;
    private static final Pattern LABEL = Pattern.compile("([AB]) variabel (\\d+)");

    @TempDir
    Path dir;

    @Test
    void theSourceGraphIsTheOldOrTheNewOneAndTheLogsAgreeWithIt() throws Exception {
        int size = Integer.getInteger(SIZE_PROPERTY, DEFAULT_SIZE);
        Path store = dir.resolve("tdb2");
        Path versionA = GeneratedCodebook.write(dir.resolve("a.csv"), 'A', size);
        Path versionB = GeneratedCodebook.write(dir.resolve("b.csv"), 'B', size);
        HarvestSource source = GeneratedCodebook.source(versionA);

        long started = System.nanoTime();
        long afterA;
        Graph graphA;
        try (Tdb2CatalogStore s = Tdb2CatalogStore.open(store)) {
            assertThat(harvester(s).harvest(source).succeeded()).isTrue();
            afterA = new ChangeLog(s).lastSequence();
            // The index has taken in version A.
            new IndexCursor(s).moveTo(afterA);
            graphA = s.readGraph(source.graphName());
        }
        assertThat(versions(graphA)).isEqualTo(numbers('A', size));

        System.out.printf("Version A harvested in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        Killed killed = killWhileSaving(store, versionB);
        System.out.printf("Child started and killed in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        System.out.printf("Killed the harvest of %,d variables: the store grew %d ms into its saving phase, the process was gone %d ms later%n",
                size, killed.growthMillis(), killed.killMillis());

        try (Tdb2CatalogStore s = Tdb2CatalogStore.open(store)) {
            Graph graph = s.readGraph(source.graphName());
            Set<Character> seen = versions(graph).keySet();
            assertThat(seen).as("labels of one version only").hasSize(1);
            char version = seen.iterator().next();
            assertThat(versions(graph)).isEqualTo(numbers(version, size));
            List<HarvestReport> runs = new HarvestHistory(s).runs(source.id());
            long last = new ChangeLog(s).lastSequence();
            if (version == 'A') {
                assertThat(graph.isIsomorphicWith(graphA)).isTrue();
                assertThat(runs).as("no run recorded for the harvest that died").hasSize(1);
                assertThat(last).as("no change logged for the harvest that died").isEqualTo(afterA);
            } else {
                assertThat(runs).hasSize(2);
                assertThat(last).isGreaterThan(afterA);
            }
            System.out.println("After the restart the source's graph is version " + version);

            // The restart: the harvest runs again, and the index catches up from its cursor.
            started = System.nanoTime();
            HarvestReport again = harvester(s).harvest(GeneratedCodebook.source(versionB));
            assertThat(again.outcome()).isEqualTo(version == 'A' ? Outcome.SUCCEEDED : Outcome.UNCHANGED);
            assertThat(versions(s.readGraph(source.graphName()))).isEqualTo(numbers('B', size));
            assertVariableChangesAfter(s, afterA, size);
            System.out.printf("Harvested again and checked in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** What a catch-up from the cursor reads: exactly version B's changes to version A, each true of the store. */
    private static void assertVariableChangesAfter(Tdb2CatalogStore store, long cursor, int size) {
        ChangeLog log = new ChangeLog(store);
        List<LoggedChange> changes = new ArrayList<>();
        for (long first = cursor + 1; first <= log.lastSequence(); first += ChangeLog.MAX_RANGE) {
            changes.addAll(log.range(first, Math.min(first + ChangeLog.MAX_RANGE - 1, log.lastSequence()), ChangeFilter.ALL));
        }
        Set<Integer> a = numbers('A', size).get('A');
        Set<Integer> b = numbers('B', size).get('B');
        assertThat(variables(changes, ChangeType.ADDED)).isEqualTo(difference(b, a));
        assertThat(variables(changes, ChangeType.REMOVED)).isEqualTo(difference(a, b));
        assertThat(variables(changes, ChangeType.CHANGED)).isEqualTo(b.stream().filter(a::contains).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Set<Integer> variables(List<LoggedChange> changes, ChangeType type) {
        return changes.stream().filter(c -> c.change().kind() == ResourceKind.VARIABLE && c.change().type() == type)
                .map(c -> Integer.valueOf(c.change().resource().substring(c.change().resource().lastIndexOf("/V") + 2)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Integer> difference(Set<Integer> x, Set<Integer> y) {
        return x.stream().filter(i -> !y.contains(i)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static final String END = "(end of output)";

    /** @param growthMillis from the saving phase to the store's growth; {@code killMillis} from there to the process's end */
    private record Killed(long growthMillis, long killMillis) {
    }

    /**
     * Starts the harvest of {@code file} in a JVM of its own, waits until it says it is saving and the
     * store's files have grown since it was reading (its write transaction is under way), and kills it (SIGKILL).
     */
    private static Killed killWhileSaving(Path store, Path file) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HarvestInChild.class.getName(), store.toString(), file.toString())
                .redirectErrorStream(true).start();
        // Read on a thread of its own: killing the process closes its output, so what it said must already be taken.
        BlockingQueue<String> said = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(said::add);
            } catch (IOException | UncheckedIOException e) {
                // Closed by the kill.
            }
            said.add(END);
        });
        reader.start();
        try {
            List<String> seen = new ArrayList<>();
            awaitLine(said, "phase READING", seen);
            // The store is open by now (its lock file written); until the saving phase the run only reads it.
            long before = size(store);
            awaitLine(said, "phase WRITING", seen);
            long writing = System.nanoTime();
            while (size(store) <= before && child.isAlive()) {
                Thread.onSpinWait();
            }
            long grown = System.nanoTime();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            assertThat(said).as("the harvest was killed before it finished").noneMatch(l -> l.startsWith("done"));
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            return new Killed((grown - writing) / 1_000_000, (System.nanoTime() - grown) / 1_000_000);
        } finally {
            child.destroyForcibly();
        }
    }

    private static void awaitLine(BlockingQueue<String> said, String wanted, List<String> seen) throws InterruptedException {
        String line;
        while (!(line = said.take()).equals(wanted) && !line.equals(END)) {
            seen.add(line);
        }
        assertThat(line).as("the harvest said '" + wanted + "'; before, it said " + seen).isEqualTo(wanted);
    }

    /** The bytes of the store's data files, which grow only when a write transaction writes. */
    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("tdb.lock"))
                    .mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variables' numbers by the version their labels name. */
    private static java.util.Map<Character, Set<Integer>> versions(Graph graph) {
        java.util.Map<Character, Set<Integer>> found = new java.util.TreeMap<>();
        graph.find().forEach(t -> {
            if (t.getObject().isLiteral()) {
                Matcher m = LABEL.matcher(t.getObject().getLiteralLexicalForm());
                if (m.matches()) {
                    found.computeIfAbsent(m.group(1).charAt(0), v -> new TreeSet<>()).add(Integer.valueOf(m.group(2)));
                }
            }
        });
        return found;
    }

    private static java.util.Map<Character, Set<Integer>> numbers(char version, int size) {
        return java.util.Map.of(version, IntStream.of(GeneratedCodebook.numbers(version, size)).boxed()
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Harvester harvester(Tdb2CatalogStore store) {
        return new Harvester(store, SourceReaders.standard(), new SourceOpener(true), Clock.systemUTC());
    }
}
