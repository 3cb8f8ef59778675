package no.varcat.catalog.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.text.LocalizedText;

/** The change log on a real TDB2 store: numbered inside the write, read by number, filtered by register and publisher. */
class ChangeLogTest {

    private static final String MFR = "https://sample.varcat.no/fhi/mfr";
    private static final String FHI = "https://data.brreg.no/enhetsregisteret/api/enheter/983744516";
    private static final String KREFT = "https://sample.varcat.no/kreft/register";
    private static final String KREFTREG = "https://data.brreg.no/enhetsregisteret/api/enheter/971744235";
    private static final Instant AT = Instant.parse("2026-12-02T18:00:00Z");

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final ChangeLog log = new ChangeLog(store);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void changesAreNumberedInTheOrderTheyAreWrittenAndReadBackNewestFirst() {
        assertThat(log.lastSequence()).isZero();

        store.apply(List.of(ChangeLog.append("urn:varcat:harvest-run:a", AT, List.of(
                new Change(ChangeType.ADDED, ResourceKind.REGISTER, MFR, MFR, FHI, new LocalizedText("Medisinsk fødselsregister", null, "Medical Birth Registry")),
                variable(ChangeType.ADDED, "VEKT")))));
        store.apply(List.of(ChangeLog.append("urn:varcat:harvest-run:b", AT.plusSeconds(60), List.of(
                variable(ChangeType.REMOVED, "VEKT")))));

        assertThat(log.lastSequence()).isEqualTo(3);
        List<LoggedChange> changes = log.range(1, 3, ChangeFilter.ALL);
        assertThat(changes).extracting(LoggedChange::sequence).containsExactly(3L, 2L, 1L);
        assertThat(changes).extracting(LoggedChange::id)
                .containsExactly("urn:varcat:harvest-run:b:change:1", "urn:varcat:harvest-run:a:change:2", "urn:varcat:harvest-run:a:change:1");
        LoggedChange tombstone = changes.get(0);
        assertThat(tombstone.change()).isEqualTo(variable(ChangeType.REMOVED, "VEKT"));
        assertThat(tombstone.recorded()).isEqualTo(AT.plusSeconds(60));
        assertThat(tombstone.activity()).isEqualTo("urn:varcat:harvest-run:b");
        assertThat(changes.get(2).change().label()).isEqualTo(new LocalizedText("Medisinsk fødselsregister", null, "Medical Birth Registry"));
        assertThat(changes.get(2).change().kind()).isEqualTo(ResourceKind.REGISTER);
        assertThat(log.recorded(2)).contains(AT);
        assertThat(log.recorded(4)).isEmpty();
    }

    @Test
    void aFilterKeepsTheChangesOfOneRegisterOrPublisher() {
        store.apply(List.of(ChangeLog.append("urn:varcat:harvest-run:a", AT, List.of(
                variable(ChangeType.ADDED, "VEKT"),
                new Change(ChangeType.ADDED, ResourceKind.VARIABLE, KREFT + "/variable/ICD10", KREFT, KREFTREG, new LocalizedText("Diagnose", null, null)),
                variable(ChangeType.CHANGED, "KJONN")))));

        assertThat(log.range(1, 3, new ChangeFilter(MFR, null))).extracting(LoggedChange::sequence).containsExactly(3L, 1L);
        assertThat(log.range(1, 3, new ChangeFilter(null, KREFTREG))).extracting(LoggedChange::sequence).containsExactly(2L);
        assertThat(log.range(1, 3, new ChangeFilter(MFR, KREFTREG))).isEmpty();
        assertThat(log.hasRegister(KREFT)).isTrue();
        assertThat(log.hasPublisher(FHI)).isTrue();
        assertThat(log.hasRegister("https://sample.varcat.no/nowhere")).isFalse();
        assertThat(log.hasRegister("not an iri")).isFalse();
        assertThat(log.hasRegister("https://x.example/a> } UNION { ?s ?p ?o")).isFalse();
        assertThat(log.hasPublisher("https://x.example/\"quoted\"")).isFalse();
    }

    @Test
    void writersRunningAtOnceNeverShareANumberAndLeaveNoGap() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                String run = "urn:varcat:harvest-run:" + w;
                writes.add(threads.submit(() -> IntStream.range(0, 5).forEach(i -> store.apply(List.of(
                        new GraphChange.Add("urn:varcat:source:" + run.hashCode(), GraphFactory.createDefaultGraph()),
                        ChangeLog.append(run + ":" + i, AT, List.of(variable(ChangeType.CHANGED, "A"), variable(ChangeType.CHANGED, "B"))))))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(log.lastSequence()).isEqualTo(80);
        List<LoggedChange> all = log.range(1, 80, ChangeFilter.ALL);
        assertThat(all).extracting(LoggedChange::sequence).containsExactlyElementsOf(LongStream.rangeClosed(1, 80).map(n -> 81 - n).boxed().toList());
        Set<String> ids = new HashSet<>();
        all.forEach(c -> ids.add(c.id()));
        assertThat(ids).hasSize(80);
        // A write's changes get consecutive numbers: it is numbered as one.
        for (int i = all.size() - 1; i > 0; i -= 2) {
            assertThat(all.get(i).activity()).isEqualTo(all.get(i - 1).activity());
        }
    }

    @Test
    void aRangeIsBounded() {
        assertThatThrownBy(() -> log.range(0, 5, ChangeFilter.ALL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.range(5, 4, ChangeFilter.ALL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.range(1, ChangeLog.MAX_RANGE + 1, ChangeFilter.ALL)).isInstanceOf(IllegalArgumentException.class);
        assertThat(log.range(1, 10, ChangeFilter.ALL)).isEmpty();
    }

    private static Change variable(ChangeType type, String name) {
        return new Change(type, ResourceKind.VARIABLE, MFR + "/variable/" + name, MFR, FHI, new LocalizedText(name.toLowerCase(), null, null));
    }
}
