package no.varcat.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

import no.varcat.web.VarcatApplication;

/**
 * What an operator sees when the catalog cannot start: a reason and an action, not a stack trace.
 * A taken port needs a running Elasticsearch to get that far, so that case is in
 * {@code VarcatApplicationIT}, which has one.
 */
class StartupFailureIT {

    @TempDir
    Path temp;

    @Test
    void unwritableDataDirIsExplained() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");

        FailureAnalysis analysis = failToStart("--varcat.data-dir=" + file.resolve("data"),
                "--varcat.elasticsearch.url=http://127.0.0.1:1", "--server.port=0");

        assertThat(analysis.getDescription()).contains("Cannot create the store directory", file.toString());
        assertThat(analysis.getAction()).contains("varcat.data-dir");
    }

    @Test
    void unreachableElasticsearchIsExplained() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        FailureAnalysis analysis = failToStart("--varcat.data-dir=" + temp.resolve("data"),
                "--varcat.elasticsearch.url=http://127.0.0.1:" + closedPort, "--server.port=0");

        assertThat(analysis.getDescription()).contains("cannot be reached", "127.0.0.1:" + closedPort);
        assertThat(analysis.getAction()).contains("varcat.elasticsearch.url");
    }

    @Test
    void unstartableLocalNodeIsExplained() throws Exception {
        FailureAnalysis analysis = failToStart("--varcat.data-dir=" + temp.resolve("data"),
                "--varcat.elasticsearch.local.distribution-dir=" + temp.resolve("no-such-dist"), "--server.port=0");

        assertThat(analysis.getDescription()).contains("local Elasticsearch node could not start", "no-such-dist");
        assertThat(analysis.getAction()).contains("varcat.elasticsearch.url");
    }

    private static FailureAnalysis failToStart(String... args) {
        Throwable failure = catchThrowable(() -> SpringApplication.run(VarcatApplication.class, args));
        assertThat(failure).as("the application should not start").isNotNull();
        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("no analysis for " + failure).isNotNull();
        return analysis;
    }
}
