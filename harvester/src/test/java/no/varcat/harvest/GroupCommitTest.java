package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.vocab.VARCAT;

class GroupCommitTest {

    private static final Duration LONG = Duration.ofHours(1);
    private static final Duration TEST_LIMIT = Duration.ofSeconds(30);

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void aRunAloneIsCommittedAtOnce() {
        GroupCommit commits = new GroupCommit(store, LONG, 1_000);

        commitWithin(TEST_LIMIT, commits, "a", 3);

        assertThat(store.readGraph(graph("a")).size()).isEqualTo(3);
        assertThat(commits.committed()).isEqualTo(new GroupCommit.Committed(1, 1));
    }

    @Test
    void runsGoingOnTogetherAreCommittedInOneTransaction() throws Exception {
        GroupCommit commits = new GroupCommit(store, LONG, 1_000);
        GroupCommit.Run first = commits.begin();
        GroupCommit.Run second = commits.begin();
        GroupCommit.Run third = commits.begin();

        Future<?> a = threads.submit(() -> commitAndEnd(first, "a"));
        Future<?> b = threads.submit(() -> commitAndEnd(second, "b"));
        waitUntil(() -> queued(commits, 2));
        // Two wait for the third, which is still going on: nothing is written yet.
        assertThat(store.graphNames()).isEmpty();

        assertTimeoutPreemptively(TEST_LIMIT, () -> {
            commitAndEnd(third, "c");
            a.get();
            b.get();
        });

        assertThat(store.graphNames()).containsExactlyInAnyOrder(graph("a"), graph("b"), graph("c"));
        assertThat(commits.committed()).isEqualTo(new GroupCommit.Committed(1, 3));
    }

    @Test
    void aRunThatEndsWithoutWritingLetsTheOthersCommit() throws Exception {
        GroupCommit commits = new GroupCommit(store, LONG, 1_000);
        GroupCommit.Run writing = commits.begin();
        GroupCommit.Run failing = commits.begin();
        Future<?> a = threads.submit(() -> commitAndEnd(writing, "a"));
        waitUntil(() -> queued(commits, 1));

        failing.close();

        assertTimeoutPreemptively(TEST_LIMIT, () -> a.get());
        assertThat(store.graphNames()).containsExactly(graph("a"));
        assertThat(commits.committed()).isEqualTo(new GroupCommit.Committed(1, 1));
    }

    @Test
    void aRunWaitsNoLongerThanTheLongestWaitForARunThatDoesNotEnd() {
        GroupCommit commits = new GroupCommit(store, Duration.ofMillis(200), 1_000);
        GroupCommit.Run stuck = commits.begin();

        commitWithin(TEST_LIMIT, commits, "a", 3);

        assertThat(store.graphNames()).containsExactly(graph("a"));
        stuck.close();
    }

    @Test
    void aGroupIsCommittedOnceItHoldsTheLargestGroupsTriples() {
        GroupCommit commits = new GroupCommit(store, LONG, 10);
        GroupCommit.Run stuck = commits.begin();

        commitWithin(TEST_LIMIT, commits, "big", 10);

        assertThat(store.readGraph(graph("big")).size()).isEqualTo(10);
        stuck.close();
    }

    @Test
    void aRunWhoseWritesFailFailsAloneAndTheRestOfItsGroupIsCommitted() throws Exception {
        // A change log whose last number is not a number: numbering an entry in it throws inside the transaction.
        Graph broken = GraphFactory.createDefaultGraph();
        broken.add(Triple.create(NodeFactory.createURI(graph("log")), VARCAT.lastSequence.asNode(), NodeFactory.createLiteralString("x")));
        store.replaceGraph(graph("log"), broken);
        GroupCommit commits = new GroupCommit(store, LONG, 1_000);
        GroupCommit.Run good = commits.begin();
        GroupCommit.Run bad = commits.begin();
        Future<?> a = threads.submit(() -> commitAndEnd(good, "a"));
        waitUntil(() -> queued(commits, 1));

        List<GraphChange> numbered = List.of(new GraphChange.Append(graph("log"), GraphFactory.createDefaultGraph(),
                List.of(NodeFactory.createURI("urn:test:entry"))));
        assertTimeoutPreemptively(TEST_LIMIT, () -> assertThatThrownBy(() -> {
            try (bad) {
                bad.commit(numbered);
            }
        }).isInstanceOf(NumberFormatException.class));

        assertTimeoutPreemptively(TEST_LIMIT, () -> a.get());
        assertThat(store.readGraph(graph("a")).size()).isEqualTo(3);
        assertThat(commits.committed()).isEqualTo(new GroupCommit.Committed(1, 1));
    }

    @Test
    void aRunCommitsOnceOnly() {
        GroupCommit commits = new GroupCommit(store);
        try (GroupCommit.Run run = commits.begin()) {
            run.commit(write("a", 1));
            assertThatThrownBy(() -> run.commit(write("b", 1))).isInstanceOf(IllegalStateException.class);
        }
    }

    /** Begins a run and commits {@code triples} triples in graph {@code name}; fails when that takes longer than {@code limit}. */
    private static void commitWithin(Duration limit, GroupCommit commits, String name, int triples) {
        assertTimeoutPreemptively(limit, () -> {
            try (GroupCommit.Run run = commits.begin()) {
                run.commit(write(name, triples));
            }
        });
    }

    private static void commitAndEnd(GroupCommit.Run run, String name) {
        try (run) {
            run.commit(write(name, 3));
        }
    }

    /** Whether {@code runs} runs wait in the queue: they have asked to commit and nothing is committed yet. */
    private boolean queued(GroupCommit commits, int runs) {
        return commits.waiting() == runs;
    }

    private static List<GraphChange> write(String name, int triples) {
        Graph content = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            content.add(Triple.create(NodeFactory.createURI("urn:test:" + name), NodeFactory.createURI("urn:test:p" + i),
                    NodeFactory.createLiteralString(name)));
        }
        return List.of(new GraphChange.Replace(graph(name), content));
    }

    private static String graph(String name) {
        return "urn:test:graph:" + name;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TEST_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the condition to hold within %s", TEST_LIMIT).isLessThan(end);
            Thread.sleep(10);
        }
    }
}
