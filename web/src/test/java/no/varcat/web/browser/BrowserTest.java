package no.varcat.web.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * What every browser test has: a fresh headless Chromium per test (its work and download folders
 * under target/browser/{test}), skipped with its reason when Chromium is not installed, and the
 * steps the tests share. Subclasses carry {@code @VarcatIntegrationTest}.
 */
abstract class BrowserTest {

    static final String MFR = "https://sample.varcat.no/fhi/mfr";

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;
    Path downloads;

    @BeforeEach
    void startChromium(TestInfo test) throws Exception {
        // Per test rather than @BeforeAll, so that a skip is reported as one per test, with its reason.
        Chromium.requireInstalled();
        Path work = Path.of("target", "browser", getClass().getSimpleName(), test.getTestMethod().orElseThrow().getName());
        FileSystemUtils.deleteRecursively(work);
        downloads = work.resolve("downloads");
        browser = Chromium.start(work, downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void quitChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /**
     * Clicks something that loads a new page (a link, a form's button) and waits until it has.
     * Chromium may answer a look at the old element mid-navigation with an inspector error rather
     * than "stale": wait on through it.
     */
    void clickAndWait(WebElement element) {
        element.click();
        wait.ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(element));
        wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    void screenshot(String name) throws Exception {
        Screenshots.save(browser, name);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
