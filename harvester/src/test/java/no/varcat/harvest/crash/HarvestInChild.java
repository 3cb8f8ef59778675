package no.varcat.harvest.crash;

import java.nio.file.Path;
import java.time.Clock;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;

/**
 * Run in a JVM of its own by {@link HarvestKilledWhileSavingTest}: harvests the codebook file
 * {@code args[1]} into the TDB2 store {@code args[0]} with the real harvester, printing each phase
 * as it enters it, so that the test can kill it while it saves.
 */
public final class HarvestInChild {

    private HarvestInChild() {
    }

    public static void main(String[] args) {
        // Only the phases on stdout: the test reads them, and a DEBUG log would slow the run it times.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(Path.of(args[0]))) {
            Harvester harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(true), Clock.systemUTC());
            HarvestReport report = harvester.harvest(GeneratedCodebook.source(Path.of(args[1])), null, phase -> {
                System.out.println("phase " + phase);
                System.out.flush();
            });
            System.out.println("done " + report.outcome() + " " + report.triples());
        }
    }
}
