package no.varcat.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real application as a user runs it: {@code java -Xmx1g -jar varcat.jar} in a JVM of its own,
 * with its own data dir (and so its own local Elasticsearch node), sample data off and loopback
 * sources allowed.
 */
final class VarcatProcess implements AutoCloseable {

    static final String HEAP = "-Xmx1g";
    private static final Pattern NODE_UP = Pattern.compile("Local Elasticsearch \\S+ up at (\\S+) in \\d+ ms \\(home (.+)\\)");

    /** Null for an application started elsewhere ({@link #attach}). */
    private final Process process;
    private final ProcessHandle handle;
    private final Path log;
    private final URI base;
    private final String password;
    private final long startNanos;
    private final Path dataDir;

    private VarcatProcess(Process process, Path log, URI base, String password, long startNanos, Path dataDir) {
        this.dataDir = dataDir;
        this.process = process;
        this.handle = process.toHandle();
        this.log = log;
        this.base = base;
        this.password = password;
        this.startNanos = startNanos;
    }

    private VarcatProcess(ProcessHandle handle, Path log, URI base, String password, Path dataDir) {
        this.process = null;
        this.handle = handle;
        this.log = log;
        this.base = base;
        this.password = password;
        this.startNanos = System.nanoTime();
        this.dataDir = dataDir;
    }

    /**
     * An application this harness started in an earlier run that was stopped after the load (a
     * long load is then measured further without loading it again); its command line says where it is.
     */
    static VarcatProcess attach(long pid, Path log) {
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalArgumentException("No process " + pid));
        List<String> args = List.of(handle.info().arguments().orElseThrow());
        String port = argument(args, "--server.port=");
        return new VarcatProcess(handle, log, URI.create("http://127.0.0.1:" + port + "/"), argument(args, "--varcat.admin.password="),
                Path.of(argument(args, "--varcat.data-dir=")));
    }

    private static String argument(List<String> args, String prefix) {
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + prefix + " on the application's command line"));
    }

    static VarcatProcess start(Path jar, Path dataDir, Path log, String password) throws IOException {
        int port = freePort();
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(javaBinary("java"), HEAP, "-XX:+UseG1GC",
                // SPARQL evaluation stacks run deeper than JFR's default of 64 frames: the varcat caller would be cut off.
                "-XX:FlightRecorderOptions:stackdepth=256", "-jar", jar.toString(),
                "--server.port=" + port,
                "--varcat.data-dir=" + dataDir,
                "--varcat.base-uri=http://localhost:" + port + "/",
                "--varcat.sample-data.enabled=false",
                "--varcat.harvest.allow-private-addresses=true",
                "--varcat.admin.password=" + password));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new VarcatProcess(process, log, URI.create("http://127.0.0.1:" + port + "/"), password, started, dataDir);
    }

    private double upSeconds = Double.NaN;

    /** Seconds from the process start until healthy, once {@link #awaitUp} returned. */
    double upSeconds() {
        return upSeconds;
    }

    /** Waits for the health endpoint; returns seconds from the process start. */
    double awaitUp(Duration timeout) throws IOException, InterruptedException {
        return awaitUp(timeout, "actuator/health");
    }

    /**
     * Waits until {@code healthPath} answers 200: {@code actuator/health} once search works too,
     * {@code actuator/health/liveness} once the application runs (while it rebuilds its index, say).
     */
    double awaitUp(Duration timeout, String healthPath) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("varcat exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(healthPath))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    upSeconds = Stats.seconds(System.nanoTime() - startNanos);
                    return upSeconds;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("varcat did not come up within " + timeout + "; see " + log);
    }

    URI base() {
        return base;
    }

    String password() {
        return password;
    }

    long pid() {
        return handle.pid();
    }

    boolean alive() {
        return handle.isAlive();
    }

    /** The local node's HTTP address, from the application's log line announcing it. */
    URI elasticsearch() throws IOException {
        return nodeLine().map(m -> URI.create(m.group(1))).orElseThrow(
                () -> new IllegalStateException("No 'Local Elasticsearch ... up at' line in " + log));
    }

    /**
     * The local node's process, from the pid file in its home: the one the log announces, else the
     * default under the data dir (a node that missed the application's start timeout keeps running
     * without being announced).
     */
    Optional<Long> elasticsearchPid() throws IOException {
        Optional<Matcher> line = nodeLine();
        Path home = line.isPresent() ? Path.of(line.get().group(2).strip()) : dataDir.resolve("elasticsearch");
        Path pidFile = home.resolve("run").resolve("elasticsearch.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
    }

    Optional<Path> elasticsearchHome() throws IOException {
        return nodeLine().map(m -> Path.of(m.group(2).strip()));
    }

    private Optional<Matcher> nodeLine() throws IOException {
        Matcher found = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = NODE_UP.matcher(line);
            if (m.find()) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    boolean logMentions(String text) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8).contains(text);
    }

    void jfrStart(String name) throws IOException, InterruptedException {
        jcmd("JFR.start", "name=" + name, "settings=profile");
    }

    void jfrStop(String name, Path file) throws IOException, InterruptedException {
        jcmd("JFR.dump", "name=" + name, "filename=" + file.toAbsolutePath());
        jcmd("JFR.stop", "name=" + name);
    }

    /** Runs a full GC and returns "used after GC / committed" of the heap in MB, from {@code jcmd GC.heap_info}. */
    String heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        if (!m.find()) {
            return "n/a";
        }
        return Long.parseLong(m.group(2)) / 1024 + " MB used of " + Long.parseLong(m.group(1)) / 1024 + " MB committed";
    }

    String jcmd(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary("jcmd"), Long.toString(pid())));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** Stops the application as Ctrl-C would (its local node stops with it). */
    @Override
    public void close() {
        Optional<Long> node;
        try {
            node = elasticsearchPid();
        } catch (IOException e) {
            node = Optional.empty();
        }
        handle.destroy();
        try {
            handle.onExit().get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            handle.destroyForcibly();
        }
        // The node is ours (started by this application); make sure it does not outlive it.
        node.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(p -> {
            p.destroy();
            p.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(t -> {
                p.destroyForcibly();
                return p;
            }).join();
        });
    }

    private static String javaBinary(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
