package no.varcat.catalog.search.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The operating-system user the node runs as. Elasticsearch refuses to run as root, so when we are
 * root the node runs as {@code nobody} through {@code setpriv}, which needs no user to be created.
 */
final class NodeUser {

    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String UNPRIVILEGED_GROUP = "nogroup";

    private final boolean dropPrivileges;

    private NodeUser(boolean dropPrivileges) {
        this.dropPrivileges = dropPrivileges;
    }

    static NodeUser forCurrentProcess() {
        return new NodeUser(isRoot());
    }

    boolean dropsPrivileges() {
        return dropPrivileges;
    }

    /** Prefix for a command so that it runs as the node user with a clean environment. */
    List<String> command(List<String> environment, List<String> command) {
        List<String> full = new ArrayList<>();
        if (dropPrivileges) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + UNPRIVILEGED_GROUP, "--clear-groups"));
        }
        full.add("env");
        full.add("-i");
        full.addAll(environment);
        full.addAll(command);
        return full;
    }

    /** True when the node user can read (and, if asked, write) {@code path}, every parent included. */
    boolean canAccess(Path path, boolean write) {
        if (!dropPrivileges) {
            return Files.isReadable(path) && (!write || Files.isWritable(path));
        }
        List<String> test = command(List.of("PATH=/usr/bin:/bin"),
                List.of("test", "-r", path.toAbsolutePath().toString(), "-a", write ? "-w" : "-r", path.toAbsolutePath().toString()));
        try {
            Process p = new ProcessBuilder(test).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            throw new LocalNodeException("Cannot run setpriv to start Elasticsearch as '" + UNPRIVILEGED_USER
                    + "' (Elasticsearch refuses to run as root): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives the node user ownership of the directories it writes to. */
    void own(Path... dirs) {
        if (!dropPrivileges) {
            return;
        }
        try {
            UserPrincipalLookupService lookup = Path.of("/").getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(UNPRIVILEGED_GROUP);
            for (Path dir : dirs) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.toList()) {
                        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                        view.setOwner(user);
                        view.setGroup(group);
                    }
                }
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot give '" + UNPRIVILEGED_USER + "' ownership of the Elasticsearch"
                    + " directories: " + e.getMessage(), e);
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
