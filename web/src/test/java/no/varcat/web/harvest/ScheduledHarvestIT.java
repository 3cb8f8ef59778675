package no.varcat.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;


import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceReaders;
import no.varcat.harvest.schedule.FetchStates;
import no.varcat.harvest.schedule.SourceRuns;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.HeldRegisterServer;
import no.varcat.web.VarcatIntegrationTest;

/**
 * A source from a sources file, served by a real HTTP server, harvested by its scheduled task while
 * "harvest now" is pressed: one run, and the register is in the catalog. Uses the shared context's
 * store, harvester and indices, with a {@link SourceScheduler} built here (no second context), and
 * removes what it harvested afterwards.
 */
@VarcatIntegrationTest
class ScheduledHarvestIT {

    private static final String ID = "scheduled-it";

    @Autowired
    Harvester harvester;

    @Autowired
    IndexSync indexSync;

    @Autowired
    CatalogStore store;

    @Autowired
    RegisterRepository registers;

    @Autowired
    SourceRegistry registry;

    @TempDir
    Path temp;

    private HeldRegisterServer server;

    @BeforeEach
    void startServer() throws IOException {
        removeHarvested();
        server = new HeldRegisterServer();
    }

    @AfterEach
    void stopServerAndRemoveTheSource() {
        server.close();
        removeHarvested();
        indexSync.syncAll();
    }

    @Test
    void theScheduledRunHarvestsOnceWhileHarvestNowIsPressedAndTheRegisterAppears() throws Exception {
        Path file = Files.writeString(temp.resolve("sources.csv"), "id,location,format,preset,register,title,schedule,auth_header_env\n"
                + ID + "," + server.url() + ",turtle,,,Lite testregister,0 0 3 * * *,\n");
        List<RegisteredSource> sources = new SourcesFile(SourceReaders.standard().formats(), name -> null).read(file);
        AtomicInteger syncs = new AtomicInteger();
        SourceScheduler scheduler = new SourceScheduler(new SourceCatalog(sources, registry), harvester, new SourceRuns(),
                new FetchStates(), name -> null, source -> {
            syncs.incrementAndGet();
            indexSync.afterHarvest(source);
        });
        CapturingScheduler tasks = new CapturingScheduler();
        scheduler.scheduleOn(tasks);
        assertThat(tasks.runs).hasSize(1);

        // The cron fires: its task runs on another thread and waits in the server.
        CompletableFuture<Void> scheduledRun = CompletableFuture.runAsync(tasks.runs.get(0));
        assertThat(server.awaitRequest()).isTrue();
        // "Harvest now", twice, meanwhile: neither runs.
        Optional<HarvestReport> now = scheduler.runNow(ID);
        Optional<HarvestReport> again = CompletableFuture.supplyAsync(() -> scheduler.runNow(ID)).get(30, TimeUnit.SECONDS);
        server.release();
        scheduledRun.get(60, TimeUnit.SECONDS);

        assertThat(now).isEmpty();
        assertThat(again).isEmpty();
        assertThat(server.requests()).isEqualTo(1);
        assertThat(syncs).hasValue(1);
        assertThat(registers.find(HeldRegisterServer.REGISTER)).hasValueSatisfying(r -> assertThat(r.toString()).contains("Lite testregister"));

        // Once the run is over, "harvest now" runs, and finds the same content: no index update.
        HarvestReport next = scheduler.runNow(ID).orElseThrow();
        assertThat(next.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(server.requests()).isEqualTo(2);
        assertThat(syncs).hasValue(1);
    }

    private void removeHarvested() {
        List<GraphChange> changes = new ArrayList<>();
        for (String graph : store.graphNames()) {
            if (graph.endsWith(":" + ID)) {
                changes.add(new GraphChange.Replace(graph, GraphFactory.createDefaultGraph()));
            }
        }
        if (!changes.isEmpty()) {
            store.apply(changes);
        }
    }

    /** Keeps the scheduled tasks instead of running them on the clock. */
    private static final class CapturingScheduler extends ThreadPoolTaskScheduler {

        private static final long serialVersionUID = 1L;

        final transient List<Runnable> runs = new ArrayList<>();

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
            runs.add(task);
            return null;
        }
    }
}
