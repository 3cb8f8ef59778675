package no.varcat.catalog.search.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch server a node's pid file names, only if the process with that pid is that
 * node's server: a pid file left by a crash names a number the system may since have given to any
 * other program, which must be left alone. Ours runs the server's main class with its home under
 * the node's directory ({@code -Des.path.home=<home>/server/...}).
 */
final class NodeProcess {

    static final String MAIN_CLASS = "org.elasticsearch.bootstrap.Elasticsearch";

    private static final Logger log = LoggerFactory.getLogger(NodeProcess.class);

    private NodeProcess() {
    }

    /** The live process the pid file names, if it is the server of the node in {@code home}. */
    static Optional<ProcessHandle> ours(Path pidFile, Path home) {
        return readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(p -> isServerOf(p, home));
    }

    static boolean isServerOf(ProcessHandle process, Path home) {
        String commandLine = commandLine(process);
        return commandLine.contains(MAIN_CLASS) && commandLine.contains(home.toAbsolutePath().normalize() + "/");
    }

    /**
     * Stops the node's server if the pid file names it (a node from an earlier run that crashed
     * before it could stop it, or ours being closed), and removes the pid file. Any other process
     * with that pid is left alone, and said so.
     */
    static void stop(Path pidFile, Path home) {
        Optional<ProcessHandle> named = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        named.ifPresent(p -> {
            if (!isServerOf(p, home)) {
                String commandLine = commandLine(p);
                log.warn("{} names process {}, which is not the Elasticsearch node of {} ({}); leaving it alone", pidFile,
                        p.pid(), home, commandLine.isEmpty() ? "it has ended, or its command line cannot be read" : abbreviated(commandLine));
                return;
            }
            p.destroy();
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", pidFile, e.getMessage());
        }
    }

    /**
     * Stops every live process that is the server of the node in {@code home}, whether the pid file
     * names it or not (a server still starting may not have written it yet), and removes the pid
     * file: for a start given up. Ours by its command line ({@link #isServerOf}); nothing else is touched.
     *
     * @return the pids stopped
     */
    static List<Long> stopEvery(Path pidFile, Path home) {
        List<ProcessHandle> servers = new ArrayList<>(ProcessHandle.allProcesses().filter(p -> isServerOf(p, home)).toList());
        ours(pidFile, home).filter(p -> servers.stream().noneMatch(s -> s.pid() == p.pid())).ifPresent(servers::add);
        servers.forEach(ProcessHandle::destroy);
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                server.destroyForcibly();
            }
        }
        stop(pidFile, home);
        return servers.stream().map(ProcessHandle::pid).toList();
    }

    /**
     * The whole command line. {@code /proc/<pid>/cmdline} first: the JDK's {@code ProcessHandle.Info}
     * may leave out what Linux gives, and the server's line is long; then the JDK's view elsewhere.
     * Empty when the system does not tell (another user's process under {@code hidepid}): not ours, then.
     */
    static String commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                return new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' ').strip();
            }
        } catch (IOException e) {
            // gone meanwhile, or not ours to read; the JDK may still know
        }
        ProcessHandle.Info info = process.info();
        return info.commandLine().orElseGet(() -> info.command().orElse("") + " " + String.join(" ", info.arguments().orElse(new String[0])));
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.isRegularFile(pidFile)
                    ? Optional.of(Long.parseLong(Files.readString(pidFile).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String abbreviated(String commandLine) {
        return commandLine.length() <= 120 ? commandLine : commandLine.substring(0, 120) + "...";
    }
}
