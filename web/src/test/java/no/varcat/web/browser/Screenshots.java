package no.varcat.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/** Whole-page screenshots into {@code target/screenshots/}, for people to look at after a run. */
final class Screenshots {

    static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** The whole page, not just the window (Chromium's own full-page capture, through DevTools). */
    static void save(ChromeDriver browser, String name) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", size.get("width").doubleValue(), "height", Math.min(size.get("height").doubleValue(), 10_000));
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(DIR);
        Files.write(DIR.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
