package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/**
 * The catalog in a real headless Chromium: a researcher's way from search to a downloaded list, with
 * screenshots of each page in {@code target/screenshots/}, and axe-core on the main pages.
 */
@VarcatIntegrationTest
class BrowserIT extends BrowserTest {

    @Autowired
    VariableRepository variables;

    @Test
    void researcherSearchesFiltersAddsAVariableAndDownloadsTheList() throws Exception {
        open("/");
        screenshot("home");

        browser.findElement(By.id("q")).sendKeys("fodselsvekt");
        clickAndWait(browser.findElement(By.cssSelector(".searchbox button")));
        assertThat(browser.getCurrentUrl()).contains("/search?q=fodselsvekt");
        assertThat(texts(".result h2")).anySatisfy(label -> assertThat(label).contains("Fødselsvekt"));

        browser.findElement(By.cssSelector(".facets input[name=register][value='" + MFR + "']")).click();
        clickAndWait(browser.findElement(By.cssSelector(".facets button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("register=" + URLEncoder.encode(MFR, StandardCharsets.UTF_8));
        assertThat(texts(".result .meta a")).isNotEmpty().allSatisfy(r -> assertThat(r).isEqualTo("Medisinsk fødselsregister (MFR)"));
        screenshot("search");

        WebElement birthWeight = browser.findElements(By.cssSelector(".result h2 a")).stream()
                .filter(a -> a.getText().equals("Fødselsvekt")).findFirst().orElseThrow();
        clickAndWait(birthWeight);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fødselsvekt");

        // list.js adds it in place: no page load, the button, the header's count and its message change.
        WebElement add = browser.findElement(By.cssSelector("main .list-toggle button"));
        add.click();
        wait.until(ExpectedConditions.textToBePresentInElement(add, "Fjern fra listen"));
        assertThat(browser.findElement(By.cssSelector(".site-header .list-status")).getText()).isEqualTo("«Fødselsvekt» er lagt til i listen.");
        assertThat(browser.findElement(By.cssSelector(".site-header .list-link")).getText()).isEqualTo("Min variabelliste (1)");
        screenshot("variable");

        clickAndWait(browser.findElement(By.cssSelector(".facts a[href^='/register']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Medisinsk fødselsregister");
        screenshot("register");

        clickAndWait(browser.findElement(By.cssSelector(".site-header a[href='/list']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Min variabelliste");
        assertThat(texts(".variable-list tbody code")).containsExactly("VEKT");
        screenshot("list");

        browser.findElement(By.cssSelector("a[href='/list.csv']")).click();
        Path csv = awaitDownload(".csv");
        assertThat(csv.getFileName().toString()).matches("varcat-variabelliste-\\d{4}-\\d{2}-\\d{2}\\.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Register;Teknisk navn;Navn;År ønsket;Begrunnelse;");
        assertThat(lines.get(1)).startsWith("Medisinsk fødselsregister (MFR);VEKT;Fødselsvekt;").contains("/variables/");
    }

    @Test
    void mainPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        String birthWeight = variables.findByRegister(MFR).stream().filter(v -> v.notation().equals("VEKT"))
                .findFirst().orElseThrow().iri();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("search", "/search?q=fodselsvekt&register=" + encode(MFR));
        pages.put("variable", Paths.variable(birthWeight));
        pages.put("register", Paths.register(MFR));
        pages.put("empty list", "/list");
        pages.put("list", "/list");
        pages.put("search, English", "/search?q=BMI&lang=en");

        AxeCheck.assertAxeSeesFaults(browser);
        AxeCheck axe = new AxeCheck();
        pages.forEach((name, path) -> {
            if (name.equals("list")) {
                open(Paths.variable(birthWeight));
                WebElement add = browser.findElement(By.cssSelector("main .list-toggle button"));
                add.click();
                wait.until(ExpectedConditions.textToBePresentInElement(add, "Fjern fra listen"));
            }
            open(path);
            axe.check(browser, name);
        });
        axe.assertNoBlockingViolations();
    }

    private Path awaitDownload(String extension) {
        return wait.until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst()
                        .filter(f -> f.toFile().length() > 0).orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }
}
