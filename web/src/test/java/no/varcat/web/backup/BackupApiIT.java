package no.varcat.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.backup.BackupFiles;
import no.varcat.catalog.backup.BackupManifest;
import no.varcat.catalog.backup.StoreRestore;
import no.varcat.catalog.search.IndexCursor;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.web.VarcatIntegrationTest;

/** The online backup: the running catalog hands out its store over the admin API, and what it hands out restores whole. */
@VarcatIntegrationTest
class BackupApiIT {

    @LocalServerPort
    int port;

    @Autowired
    CatalogStore store;

    @TempDir
    Path dir;

    @Test
    void onlyTheAdminGetsTheBackup() throws Exception {
        HttpResponse<Void> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("api/admin/backup")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        assertThat(new RunningCatalog(base(), "admin", "wrong").backup())
                .satisfies(quads -> assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> BackupFiles.write(dir.resolve("refused"), quads, Clock.systemUTC())))
                        .hasMessageContaining("refused the admin's user name or password"));
    }

    @Test
    void theRunningCatalogsBackupRestoresToTheSameQuads() {
        BackupManifest manifest = BackupFiles.write(dir.resolve("backup"),
                new RunningCatalog(base(), "admin", VarcatIntegrationTest.ADMIN_PASSWORD).backup(), Clock.systemUTC());
        Set<Quad> served = withoutIndexState(StoreCommandsTest.quads(store));
        assertThat(manifest.quads()).isGreaterThan(10_000);

        StoreRestore.restore(dir.resolve("backup"), dir.resolve("restored/tdb2"));
        try (Tdb2CatalogStore restored = Tdb2CatalogStore.open(dir.resolve("restored/tdb2"))) {
            assertThat(withoutIndexState(StoreCommandsTest.quads(restored))).isEqualTo(served);
        }
    }

    /** The cursor and the pending registers move with the index, apart from any harvest; a restore leaves the cursor out. */
    private static Set<Quad> withoutIndexState(Set<Quad> quads) {
        quads.removeIf(q -> q.getGraph().isURI() && q.getGraph().getURI().startsWith(IndexCursor.GRAPH));
        return quads;
    }

    private URI base() {
        return URI.create("http://localhost:" + port + "/");
    }
}
