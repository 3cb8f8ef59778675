package no.varcat.catalog.search.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pid file left from an earlier run names a number the system may have given to another program:
 * the launcher stops the process only when it is our node's server. Real processes, started here.
 */
class NodeProcessTest {

    @TempDir
    Path home;

    private Process started;

    @AfterEach
    void stopWhatWasStarted() {
        if (started != null) {
            started.descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
        }
    }

    @Test
    void aPidFileNamingAnUnrelatedProcessLeavesItAlone() throws Exception {
        started = new ProcessBuilder("sleep", "60").start();
        Path pidFile = pidFile(started.pid());

        NodeProcess.stop(pidFile, home);

        assertThat(started.isAlive()).isTrue();
        assertThat(pidFile).doesNotExist();
        assertThat(NodeProcess.ours(pidFile(started.pid()), home)).isEmpty();
    }

    @Test
    void aProcessOfAnotherNodesHomeIsLeftAloneToo() throws Exception {
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        started = lookalike(elsewhere);
        Path node = Files.createDirectories(home.resolve("node"));

        NodeProcess.stop(pidFile(started.pid()), node);

        assertThat(started.isAlive()).isTrue();
    }

    @Test
    void aPidFileNamingOurNodesServerStopsIt() throws Exception {
        started = lookalike(home);
        Path pidFile = pidFile(started.pid());
        assertThat(NodeProcess.ours(pidFile, home)).isPresent();

        NodeProcess.stop(pidFile, home);

        assertThat(started.isAlive()).isFalse();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aPidFileOfADeadProcessOrWithoutANumberIsRemoved() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path pidFile = pidFile(ended.pid());
        assertThat(NodeProcess.ours(pidFile, home)).isEmpty();
        NodeProcess.stop(pidFile, home);
        assertThat(pidFile).doesNotExist();

        Files.writeString(pidFile, "not a pid");
        NodeProcess.stop(pidFile, home);
        assertThat(pidFile).doesNotExist();
    }

    /** A shell whose command line reads like the server's ({@code sh -c ... <main class> -Des.path.home=...}). */
    private static Process lookalike(Path nodeHome) throws IOException {
        // "; true" keeps the shell from replacing itself by sleep, which would drop the arguments.
        return new ProcessBuilder(List.of("sh", "-c", "sleep 60; true", NodeProcess.MAIN_CLASS,
                "-Des.path.home=" + nodeHome.toAbsolutePath().normalize().resolve("server/elasticsearch-8"))).start();
    }

    private Path pidFile(long pid) throws IOException {
        Path run = Files.createDirectories(home.resolve("run"));
        return Files.writeString(run.resolve("elasticsearch.pid"), Long.toString(pid));
    }
}
