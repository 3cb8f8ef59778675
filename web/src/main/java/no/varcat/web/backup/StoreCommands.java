package no.varcat.web.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import no.varcat.catalog.backup.BackupException;
import no.varcat.catalog.backup.BackupFiles;
import no.varcat.catalog.backup.BackupManifest;
import no.varcat.catalog.backup.StoreRestore;
import no.varcat.catalog.store.StoreUnavailableException;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.web.system.VarcatProperties;

/**
 * {@code java -jar varcat.jar backup DIR} and {@code restore DIR}: the store copied to or from a
 * backup directory, with the catalog's own settings ({@code --name=value}, environment,
 * application.properties) telling where the data directory is. TDB2 lets one process open a store,
 * so a backup of a store a running catalog holds is asked of that catalog ({@code GET
 * /api/admin/backup}); a stopped one is read directly. A restore needs the catalog stopped and an
 * empty store. Errors are sentences for the operator, with exit status 1 (2 for a wrong command line or setting).
 */
public final class StoreCommands {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: java -jar varcat.jar backup DIR  [--name=value ...]
                   java -jar varcat.jar restore DIR [--name=value ...]
              backup   copies the store of varcat.data-dir into DIR (new or empty), also while varcat runs
              restore  loads the backup in DIR into varcat.data-dir, whose store must be empty; varcat must be stopped
            Settings as for the catalog itself, e.g. --varcat.data-dir=/var/lib/varcat or VARCAT_DATA_DIR.""";
    private static final Pattern ENCODED = Pattern.compile("^\\{[A-Za-z0-9@_.-]+\\}");

    private StoreCommands() {
    }

    /** Whether the command line names one of these commands rather than starting the catalog. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            (args[i].startsWith("--") ? settings : positional).add(args[i]);
        }
        if (positional.size() != 1) {
            err.println(positional.isEmpty() ? args[0] + ": which directory? " : args[0] + ": one directory only, got " + positional);
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path dir = Path.of(positional.get(0)).toAbsolutePath().normalize();
        ConfigurableApplicationContext settingsContext;
        try {
            settingsContext = settings(settings);
        } catch (RuntimeException e) {
            // Spring Boot has printed which setting and why; this is the line to grep for.
            err.println(args[0] + ": a setting cannot be used: " + rootCause(e).getMessage());
            return USAGE;
        }
        try (settingsContext) {
            VarcatProperties properties = settingsContext.getBean(VarcatProperties.class);
            Path store = properties.dataDir().resolve("tdb2").toAbsolutePath().normalize();
            return args[0].equals("backup") ? backup(store, dir, properties, settingsContext.getEnvironment(), out)
                    : restore(store, dir, out);
        } catch (BackupException | StoreUnavailableException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            // A setting that does not bind, a disk that fails: say what, without a stack trace.
            err.println(args[0] + " failed: " + rootMessage(e));
            return FAILED;
        }
    }

    private static int backup(Path store, Path dir, VarcatProperties properties, Environment env, PrintStream out) {
        if (isEmpty(store)) {
            throw new BackupException("There is no store in " + store + ": set varcat.data-dir to the catalog's data directory");
        }
        long started = System.nanoTime();
        BackupManifest manifest;
        if (StoreLock.heldElsewhere(store)) {
            RunningCatalog running = new RunningCatalog(baseUrl(env), properties.admin().username(), adminPassword(properties));
            out.println("varcat is running on " + store + ": asking it at " + running.base() + " for the backup");
            manifest = BackupFiles.write(dir, running.backup(), Clock.systemUTC());
        } else {
            try (Tdb2CatalogStore opened = Tdb2CatalogStore.open(store)) {
                manifest = BackupFiles.write(dir, BackupFiles.of(opened), Clock.systemUTC());
            }
        }
        out.printf("Backup of %,d quads written to %s (%s, %.1f MB, %d s)%n", manifest.quads(), dir, BackupFiles.QUADS,
                manifest.bytes() / 1e6, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return OK;
    }

    private static int restore(Path store, Path dir, PrintStream out) {
        if (StoreLock.heldElsewhere(store)) {
            throw new BackupException("varcat is running on " + store + ": stop it, move its data directory aside, and restore into an empty one");
        }
        long started = System.nanoTime();
        BackupManifest manifest = StoreRestore.restore(dir, store);
        out.printf("Restored %,d quads (backup of %s) into %s in %d s.%nStart varcat: it rebuilds the search index from the store.%n",
                manifest.quads(), manifest.created(), store, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return OK;
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new BackupException("Cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The running catalog on this host, unless {@code varcat.backup.url} names another address for it. */
    private static URI baseUrl(Environment env) {
        String url = env.getProperty("varcat.backup.url");
        if (url == null || url.isBlank()) {
            url = "http://127.0.0.1:" + env.getProperty("server.port", "8080") + env.getProperty("server.servlet.context-path", "");
        }
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /**
     * The admin's plain password: {@code VARCAT_BACKUP_PASSWORD} if set, else {@code varcat.admin.password}
     * unless it is stored encoded, else the one varcat generated into the data directory.
     */
    private static String adminPassword(VarcatProperties properties) {
        String given = System.getenv("VARCAT_BACKUP_PASSWORD");
        if (given != null && !given.isBlank()) {
            return given;
        }
        String configured = properties.admin().password();
        if (configured != null && !configured.isBlank()) {
            if (!ENCODED.matcher(configured).lookingAt()) {
                return configured;
            }
            throw new BackupException("varcat.admin.password is stored encoded: give the admin's plain password in VARCAT_BACKUP_PASSWORD");
        }
        Path generated = properties.dataDir().resolve("admin-password");
        try {
            return Files.readString(generated, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new BackupException("No admin password to ask the running catalog with: set varcat.admin.password"
                    + " or VARCAT_BACKUP_PASSWORD (" + generated + " cannot be read: " + e.getMessage() + ")", e);
        }
    }

    private static ConfigurableApplicationContext settings(List<String> args) {
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties(Map.of("logging.level.root", "WARN", "logging.level.org.springframework.context", "ERROR"))
                .run(args.toArray(String[]::new));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = rootCause(e);
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Only the settings: no web server, no store, no search node. Not a @Configuration, so the catalog's own scan passes it by. */
    @EnableConfigurationProperties(VarcatProperties.class)
    static class Settings {
    }
}
