package no.varcat.web.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.varcat.catalog.backup.BackupFiles;
import no.varcat.catalog.store.CatalogStore;

/**
 * {@code GET /api/admin/backup}: the whole store as gzipped N-Quads, read in one read transaction,
 * so the copy is consistent while the catalog goes on serving and harvesting. Behind the admin API's
 * HTTP Basic. The {@code backup} command asks a running catalog for this, since TDB2 lets only one
 * process open a store. Written straight to the response, not as an async body, so no request
 * timeout cuts a large store short; a copy cut short anyway fails the gzip check on the other end.
 */
@RestController
class BackupApiController {

    static final String PATH = "/api/admin/backup";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final CatalogStore store;
    private final Clock clock = Clock.systemUTC();

    BackupApiController(CatalogStore store) {
        this.store = store;
    }

    @GetMapping(PATH)
    void backup(HttpServletResponse response) throws IOException {
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("varcat-" + STAMP.format(clock.instant()) + ".nq.gz").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        BackupFiles.of(store).writeTo(out);
        out.flush();
    }
}
