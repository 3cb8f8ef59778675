package no.varcat.catalog.search.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local node whose start is given up is stopped, not left to come up later on its own. Real
 * processes: a stand-in distribution whose {@code bin/elasticsearch} starts a process with the
 * server's command line (main class and home) and writes no pid file, as a real server does not
 * in its first seconds, then either never returns (the launcher's timeout) or returns without the
 * server ever reporting its port. Each start is given up after 2 s.
 */
class GivenUpStartTest {

    private static final String VERSION = "0.0.1-standin";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private Path home;
    private Path distribution;

    @BeforeEach
    void standInDistribution() throws IOException {
        // Reachable by 'nobody', whom the node runs as when the tests run as root.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = Files.createDirectories(dir.resolve("node"));
        distribution = Files.createDirectories(dir.resolve("dist"));
        String top = "elasticsearch-" + VERSION + "/";
        zip(distribution.resolve("elasticsearch-" + VERSION + ".zip"), Map.of(
                top + "bin/elasticsearch", LAUNCHER,
                top + "config/jvm.options", "-Xlog:gc*:file=gc.log:utctime,level,pid,tags:filecount=32,filesize=64m\n",
                top + "lib/readme.txt", "stand-in\n"));
        zip(distribution.resolve("varcat-analysis-plugin-" + VERSION + ".zip"), Map.of("plugin-descriptor.properties", "name=stand-in\n"));
    }

    @AfterEach
    void stopWhatATestLeft() {
        ProcessHandle.allProcesses().filter(p -> NodeProcess.isServerOf(p, home)).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aLauncherThatDoesNotReturnInTimeLeavesNoServerRunning() throws IOException {
        Files.writeString(home.resolve("stand-in-mode"), "hang");

        assertThatThrownBy(this::start).isInstanceOf(LocalNodeException.class)
                .hasMessageContaining("did not start within 2 s")
                .hasMessageContaining("was stopped, so it does not keep running")
                .hasMessageContaining("varcat.elasticsearch.local.start-timeout");

        assertThat(serversOfTheNode()).isEmpty();
    }

    @Test
    void aServerThatNeverReportsItsPortIsStoppedThoughItWroteNoPidFile() throws IOException {
        Files.writeString(home.resolve("stand-in-mode"), "silent");

        assertThatThrownBy(this::start).isInstanceOf(LocalNodeException.class)
                .hasMessageContaining("did not report its HTTP port")
                .hasMessageContaining("was stopped, so it does not keep running");

        assertThat(serversOfTheNode()).isEmpty();
    }

    private void start() {
        LocalElasticsearchNode.start(new LocalNodeSettings(distribution, home, 256, TIMEOUT)).close();
    }

    private List<ProcessHandle> serversOfTheNode() {
        return ProcessHandle.allProcesses().filter(p -> NodeProcess.isServerOf(p, home)).toList();
    }

    /**
     * Starts the stand-in server in the background: a shell whose command line reads like the
     * server's, as in NodeProcessTest; "hang" then waits, "silent" returns at once.
     */
    private static final String LAUNCHER = """
            #!/bin/sh
            sh -c 'sleep 30; true' org.elasticsearch.bootstrap.Elasticsearch "-Des.path.home=$HOME/server/elasticsearch-%s" \
                </dev/null >/dev/null 2>&1 &
            if [ "$(cat "$HOME/stand-in-mode")" = hang ]; then
              sleep 120
            fi
            exit 0
            """.formatted(VERSION);

    private static void zip(Path zip, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                entries.putNextEntry(new ZipEntry(file.getKey()));
                entries.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
    }
}
