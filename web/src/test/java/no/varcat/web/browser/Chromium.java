package no.varcat.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its chromedriver (one build, so they cannot drift apart), never a
 * browser that a tool downloads: these machines have no internet. Flags from
 * shared/notes/browser-tests.md.
 */
final class Chromium {

    static final Path BINARY = Path.of(System.getProperty("varcat.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("varcat.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /**
     * Fails when Chromium is missing on CI ({@code CI=true}), where it must be there since
     * {@code .ci/run} installs it; elsewhere skips the browser tests, saying so.
     */
    static void requireInstalled() {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return;
        }
        String missing = "Browser tests need Debian's Chromium and chromedriver at " + BINARY + " and " + DRIVER
                + " (apt-get install -y chromium chromium-driver; .ci/run installs them; other paths: "
                + "-Dvarcat.chromium=... -Dvarcat.chromedriver=...).";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(missing + " CI=true, so this is a failure.");
        }
        System.err.println("SKIPPED: " + missing);
        Assumptions.abort(missing + " Skipped because CI is not true.");
    }

    /** A fresh headless Chromium with its own profile under {@code work}, downloading into {@code downloads}. */
    static ChromeDriver start(Path work, Path downloads) throws IOException {
        Path profile = Files.createDirectories(work.resolve("profile"));
        Path xdg = Files.createDirectories(work.resolve("xdg"));
        Files.createDirectories(downloads);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true,
                "safebrowsing.enabled", false));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        // Chromium writes ~/.config and ~/.cache even with --user-data-dir.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("XDG_CONFIG_HOME", xdg.resolve("config").toAbsolutePath().toString(),
                        "XDG_CACHE_HOME", xdg.resolve("cache").toAbsolutePath().toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return driver;
    }
}
