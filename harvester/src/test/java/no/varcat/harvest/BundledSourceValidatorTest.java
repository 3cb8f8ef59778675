package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.schedule.FetchStates;

/**
 * Classpath and file sources are "not modified" when their bytes are as the last successful run
 * read them: the reader is not run, nothing is written; even after a restart, from the run log.
 */
class BundledSourceValidatorTest {

    @TempDir
    Path dir;

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFileAsItWasIsNotReadAgainEvenAfterARestartAndAChangedOneIs() throws IOException {
        Path file = dir.resolve("small.ttl");
        try (InputStream in = BundledSourceValidatorTest.class.getResourceAsStream("small-register.ttl")) {
            Files.write(file, in.readAllBytes());
        }
        HarvestSource source = new HarvestSource("small", file.toUri(), "counted-turtle", "Small");

        HarvestReport first = new FetchStates().harvest(harvester(), source);
        assertThat(first.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(first.fetchState().etag()).startsWith("\"sha256-");

        // A restart: new harvester, new fetch states, the validator comes from the run log.
        HarvestReport again = new FetchStates(new HarvestHistory(store)).harvest(harvester(), source);
        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(reads).as("the reader ran for the first run only").hasValue(1);

        Files.writeString(file, Files.readString(file).replace("Lite testregister", "Lite testregister, ny tittel"));
        HarvestReport changed = new FetchStates(new HarvestHistory(store)).harvest(harvester(), source);
        assertThat(changed.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aClasspathSourceGetsAValidatorToo() {
        HarvestSource source = new HarvestSource("small", URI.create("classpath:no/varcat/harvest/small-register.ttl"), "counted-turtle", "Small");
        Harvester harvester = harvester();

        HarvestReport first = harvester.harvest(source);
        HarvestReport again = harvester.harvest(source, first.fetchState());

        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(reads).hasValue(1);
    }

    private Harvester harvester() {
        SourceReaders readers = SourceReaders.standard();
        SourceReader turtle = readers.forFormat("turtle").orElseThrow();
        readers.register("counted-turtle", new SourceReader() {
            @Override
            public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
                reads.incrementAndGet();
                turtle.read(in, baseIri, sink, issues);
            }
        });
        return new Harvester(store, readers, new SourceOpener(true), Clock.systemUTC());
    }
}
