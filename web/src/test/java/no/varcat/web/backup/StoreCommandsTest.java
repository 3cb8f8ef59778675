package no.varcat.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.sample.SampleCatalog;
import no.varcat.sample.SampleSource;

/** The backup and restore commands as an operator runs them, on a store on disk, with their exit codes and messages. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    /**
     * The sample catalog's Turtle registers (with their variables), harvested: enough for the
     * commands, at a fraction of the whole catalog's harvest; BackupApiIT backs up and restores the
     * whole sample catalog of the running application.
     */
    @Test
    void theRestoreDrillGivesBackTheHarvestedStoreQuadForQuad() {
        Set<Quad> harvested;
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("data/tdb2"))) {
            Harvester harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC());
            for (SampleSource s : SampleCatalog.sources().stream().filter(s -> s.format().equals("turtle")).toList()) {
                assertThat(harvester.harvest(new HarvestSource(s.id(), URI.create("classpath:" + s.resource()), s.format(), s.title(),
                        s.register(), s.preset())).succeeded()).as(s.id()).isTrue();
            }
            harvested = quads(store);
        }
        assertThat(harvested).hasSizeGreaterThan(2_000);

        Result backup = run("backup", dir.resolve("backup").toString(), "--varcat.data-dir=" + dir.resolve("data"));
        assertThat(backup.status()).as(backup.err()).isEqualTo(StoreCommands.OK);
        assertThat(backup.out()).contains("Backup of " + String.format("%,d", harvested.size()) + " quads written to " + dir.resolve("backup"));

        Result restore = run("restore", dir.resolve("backup").toString(), "--varcat.data-dir=" + dir.resolve("restored"));
        assertThat(restore.status()).as(restore.err()).isEqualTo(StoreCommands.OK);
        assertThat(restore.out()).contains("Restored").contains("rebuilds the search index");
        try (Tdb2CatalogStore restored = Tdb2CatalogStore.open(dir.resolve("restored/tdb2"))) {
            assertThat(quads(restored)).hasSize(harvested.size()).isEqualTo(harvested);
        }

        Result overwrite = run("restore", dir.resolve("backup").toString(), "--varcat.data-dir=" + dir.resolve("data"));
        assertThat(overwrite.status()).isEqualTo(StoreCommands.FAILED);
        assertThat(overwrite.err()).contains("already holds a store").contains("empty data directory");
        assertThat(overwrite.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aWrongCommandLineGetsTheUsage() {
        Result noDir = run("backup");
        assertThat(noDir.status()).isEqualTo(StoreCommands.USAGE);
        assertThat(noDir.err()).contains("which directory?").contains("Usage: java -jar varcat.jar backup DIR");

        Result twoDirs = run("restore", "a", "b");
        assertThat(twoDirs.status()).isEqualTo(StoreCommands.USAGE);
        assertThat(twoDirs.err()).contains("one directory only");

        Result badSetting = run("backup", dir.resolve("backup").toString(), "--varcat.harvest.allow-file-urls=maybe");
        assertThat(badSetting.status()).isEqualTo(StoreCommands.USAGE);
        assertThat(badSetting.err()).contains("a setting cannot be used").contains("maybe").doesNotContain("\tat ");
    }

    @Test
    void aBackupOfNoStoreSaysWhereItLooked() {
        Result result = run("backup", dir.resolve("backup").toString(), "--varcat.data-dir=" + dir.resolve("nothing"));
        assertThat(result.status()).isEqualTo(StoreCommands.FAILED);
        assertThat(result.err()).contains("There is no store in " + dir.resolve("nothing/tdb2")).contains("varcat.data-dir");
        assertThat(dir.resolve("backup")).doesNotExist();
    }

    @Test
    void aRestoreOfAnUnfinishedBackupIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("backup"));
        Files.writeString(dir.resolve("backup/store.nq.gz.part"), "cut short");
        Result result = run("restore", dir.resolve("backup").toString(), "--varcat.data-dir=" + dir.resolve("data"));
        assertThat(result.status()).isEqualTo(StoreCommands.FAILED);
        assertThat(result.err()).contains("holds no finished varcat backup");
        assertThat(dir.resolve("data/tdb2")).doesNotExist();
    }

    /** A store another process holds (as a running catalog does) is asked of that process, and never restored into. */
    @Test
    void aStoreInUseByAnotherProcessIsAskedOfItOrLeftAlone() throws Exception {
        Path store = dir.resolve("data/tdb2");
        try (Tdb2CatalogStore s = Tdb2CatalogStore.open(store)) {
            s.replaceGraph("urn:varcat:test", org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), store.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("open ")) {
                // Logging before the store is open.
            }
            assertThat(line).as("the other process opened the store").isNotNull();
            int port = freePort();

            Result backup = run("backup", dir.resolve("backup").toString(), "--varcat.data-dir=" + dir.resolve("data"),
                    "--server.port=" + port, "--varcat.admin.password=a-plain-password");
            assertThat(backup.status()).isEqualTo(StoreCommands.FAILED);
            assertThat(backup.out()).contains("varcat is running on " + store);
            assertThat(backup.err()).contains("no varcat answers at http://127.0.0.1:" + port + "/api/admin/backup");

            Result restore = run("restore", dir.resolve("backup").toString(), "--varcat.data-dir=" + dir.resolve("data"));
            assertThat(restore.status()).isEqualTo(StoreCommands.FAILED);
            assertThat(restore.err()).contains("varcat is running on " + store).contains("stop it");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StoreCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Set<Quad> quads(CatalogStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.writeNQuads(out);
        Set<Quad> quads = new HashSet<>();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return quads;
    }
}
