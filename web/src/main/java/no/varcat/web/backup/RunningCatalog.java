package no.varcat.web.backup;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import no.varcat.catalog.backup.BackupException;
import no.varcat.catalog.backup.BackupFiles.GzippedQuads;

/** A varcat process serving from the store, asked for its backup over the admin API. */
record RunningCatalog(URI base, String username, String password) {

    GzippedQuads backup() {
        URI url = base.resolve(BackupApiController.PATH.substring(1));
        return out -> {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(url).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (ConnectException e) {
                throw new BackupException("The store is in use by another process, but no varcat answers at " + url
                        + ". Set server.port (or varcat.backup.url) as the running catalog has it", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            try (InputStream body = response.body()) {
                if (response.statusCode() == 401) {
                    throw new BackupException("The running catalog at " + base + " refused the admin's user name or password."
                            + " Give the plain password in VARCAT_BACKUP_PASSWORD");
                }
                if (response.statusCode() != 200) {
                    throw new BackupException("The running catalog at " + url + " answered " + response.statusCode()
                            + " instead of a backup; is it a varcat of this version?");
                }
                body.transferTo(out);
            }
        };
    }
}
