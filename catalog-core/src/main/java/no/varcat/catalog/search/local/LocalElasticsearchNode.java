package no.varcat.catalog.search.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Elasticsearch on loopback, built from the Maven-provided server zip plus our analysis
 * plugin, for development, the sample-data run and the integration tests. Production points
 * varcat at an external cluster instead.
 */
public final class LocalElasticsearchNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearchNode.class);
    private static final String CLUSTER_NAME = "varcat-local";

    private final LocalNodeSettings settings;
    private final NodeUser user;
    private final NodeDirectories dirs;
    private final Path server;
    private final Thread shutdownHook;
    private volatile URI httpUri;

    private LocalElasticsearchNode(LocalNodeSettings settings, NodeUser user, NodeDirectories dirs, Path server) {
        this.settings = settings;
        this.user = user;
        this.dirs = dirs;
        this.server = server;
        this.shutdownHook = new Thread(this::stopProcess, "stop-local-elasticsearch");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Prepares and starts the node; returns once it answers cluster health, or throws {@link LocalNodeException}. */
    public static LocalElasticsearchNode start(LocalNodeSettings settings) {
        Instant started = Instant.now();
        ElasticsearchDistribution distribution = ElasticsearchDistribution.locate(settings.distributionDir());
        NodeUser user = NodeUser.forCurrentProcess();
        NodeDirectories dirs = NodeDirectories.prepare(settings.homeDir(), user);
        Path server = ServerInstallation.install(distribution, dirs.servers());
        requireAccess(user, server.resolve("lib"), "the Elasticsearch server files");
        requireAccess(user, Path.of(System.getProperty("java.home"), "bin", "java"), "the Java runtime");

        LocalElasticsearchNode node = new LocalElasticsearchNode(settings, user, dirs, server);
        try {
            node.run();
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        log.info("Local Elasticsearch {} up at {} in {} ms (home {})", distribution.serverVersion(), node.httpUri,
                Duration.between(started, Instant.now()).toMillis(), dirs.home());
        return node;
    }

    /**
     * Starts the node again after its process died: the same server, data and settings. Its HTTP
     * port is the first free one of the range again, so it may differ from before: the caller points
     * its connection at the returned address.
     *
     * @throws LocalNodeException when it does not come up; the caller may try again later
     */
    public synchronized URI restart() {
        Instant started = Instant.now();
        run();
        log.info("Local Elasticsearch restarted at {} in {} ms", httpUri, Duration.between(started, Instant.now()).toMillis());
        return httpUri;
    }

    /**
     * Launches the server (stopping what an earlier run of ours left behind) and waits until it is
     * healthy. A start given up stops the server it launched, so that it does not come up later,
     * unwatched, and outlive the application.
     */
    private void run() {
        NodeProcess.stop(dirs.pidFile(), dirs.home());
        NodeConfiguration.write(server, dirs, settings.heapMegabytes(), CLUSTER_NAME);
        user.own(dirs.config(), dirs.data(), dirs.logs(), dirs.tmp(), dirs.run());
        try {
            launch(user, server, dirs, settings.startTimeout());
            int port = readPort(dirs.portsFile(), settings.startTimeout());
            httpUri = URI.create("http://127.0.0.1:" + port);
            awaitHealthy(settings.startTimeout());
        } catch (LocalNodeException e) {
            throw givenUp(e);
        }
    }

    /** Stops what the start launched and says so, beside why it was given up. */
    private LocalNodeException givenUp(LocalNodeException e) {
        List<Long> stopped = NodeProcess.stopEvery(dirs.pidFile(), dirs.home());
        String what = stopped.isEmpty()
                ? "\nNo Elasticsearch process of this node is left running."
                : "\nThe Elasticsearch process varcat had started for it (pid " + stopped.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ") was stopped, so it does not keep running."
                        + " On a busy machine, raise varcat.elasticsearch.local.start-timeout (now " + settings.startTimeout().toSeconds() + " s).";
        log.error("Gave up starting the local Elasticsearch node: {}{}", e.getMessage(), what);
        return new LocalNodeException(e.getMessage() + what, e);
    }

    public URI httpUri() {
        return httpUri;
    }

    public Path home() {
        return dirs.home();
    }

    /** The node's server process while it runs: empty once it died or was stopped, whatever its pid file says. */
    public Optional<ProcessHandle> process() {
        return NodeProcess.ours(dirs.pidFile(), dirs.home());
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing to remove
        }
    }

    private void stopProcess() {
        NodeProcess.stop(dirs.pidFile(), dirs.home());
    }

    private static void requireAccess(NodeUser user, Path path, String what) {
        if (!user.canAccess(path, false)) {
            throw new LocalNodeException("Elasticsearch runs as 'nobody' (it refuses to run as root), but 'nobody'"
                    + " cannot read " + what + " at " + path + ". Make every parent directory traversable"
                    + " (chmod o+x) or set varcat.elasticsearch.local.home to a directory outside it.");
        }
    }

    private static void launch(NodeUser user, Path server, NodeDirectories dirs, Duration timeout) {
        List<String> env = new ArrayList<>(List.of(
                "PATH=/usr/local/bin:/usr/bin:/bin",
                "HOME=" + dirs.home(),
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_PATH_CONF=" + dirs.config(),
                "ES_TMPDIR=" + dirs.tmp(),
                "LANG=C.UTF-8"));
        List<String> command = user.command(env, List.of(
                server.resolve("bin/elasticsearch").toString(), "-d", "-p", dirs.pidFile().toString()));
        Path output = dirs.logs().resolve("varcat-launch.out");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dirs.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // The launcher and its helpers; the server it started (perhaps before writing its pid
                // file) is left to givenUp, which stops it by its command line and names its pid.
                List<ProcessHandle> started = process.descendants().toList();
                Set<Long> servers = started.stream().filter(p -> NodeProcess.isServerOf(p, dirs.home()))
                        .flatMap(p -> Stream.concat(Stream.of(p), p.descendants())).map(ProcessHandle::pid).collect(Collectors.toSet());
                List<ProcessHandle> launcher = started.stream().filter(p -> !servers.contains(p.pid())).toList();
                process.destroyForcibly();
                launcher.forEach(ProcessHandle::destroyForcibly);
                throw new LocalNodeException("Elasticsearch did not start within " + timeout.toSeconds() + " s."
                        + tail(output) + "\nLogs: " + dirs.logs());
            }
            if (process.exitValue() != 0) {
                throw new LocalNodeException("Elasticsearch failed to start (exit code " + process.exitValue() + ")."
                        + tail(output) + "\nLogs: " + dirs.logs());
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot launch Elasticsearch from " + server + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while starting Elasticsearch", e);
        }
    }

    private static int readPort(Path portsFile, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Files.isRegularFile(portsFile)) {
                    for (String line : Files.readAllLines(portsFile)) {
                        int colon = line.lastIndexOf(':');
                        if (colon > 0) {
                            return Integer.parseInt(line.substring(colon + 1).trim());
                        }
                    }
                }
                Thread.sleep(200);
            } catch (IOException | NumberFormatException e) {
                // the node writes the file while we read it; try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new LocalNodeException("Elasticsearch started but did not report its HTTP port in " + portsFile);
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(250);
        }
        throw new LocalNodeException("Elasticsearch at " + httpUri + " did not become healthy within "
                + timeout.toSeconds() + " s (" + last + "). Logs: " + dirs.logs());
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
