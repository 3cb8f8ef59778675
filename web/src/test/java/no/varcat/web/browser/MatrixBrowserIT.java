package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import no.varcat.web.VarcatIntegrationTest;

/**
 * The researcher's task of issue 18, by keyboard only, from the home page: "which registers have
 * birth weight and smoking status for 2015–2020 with coverage of at least 90 %? Put both on my list
 * and download it as Excel". An interaction is a page action: a link followed or a form submitted
 * (typing into the form's fields is part of submitting it); Tab presses only move the focus there.
 * Six interactions, in bokmål and in English: the matrix, its form, a register's add button (its
 * years go along), the list, its years and reasons saved, the .xlsx, which holds both variables with
 * the years and the reason; axe-core on the matrix pages in both.
 */
@VarcatIntegrationTest
class MatrixBrowserIT extends BrowserTest {

    /** Tab presses allowed to reach one control: the page's controls before it, and no endless loop. */
    private static final int MAX_TABS = 80;

    private int interactions;

    @Test
    void inBokmalTheTaskTakesSixInteractionsByKeyboard() throws Exception {
        doTheTask("/", "Sammenlign registre", "fødselsvekt, røykestatus", "Legg til", "Min variabelliste", "variabler er lagt til i listen",
                "Utfall i studien");
    }

    @Test
    void inEnglishTheTaskTakesSixInteractionsByKeyboard() throws Exception {
        doTheTask("/?lang=en", "Compare registers", "birth weight, smoking", "Add", "My variable list", "added to the list",
                "Outcome in the study");
    }

    @Test
    void theMatrixPagesHaveNoSeriousOrCriticalAccessibilityViolationsInEitherLanguage() {
        AxeCheck axe = new AxeCheck();
        String task = "/matrix?concept=" + encode("fødselsvekt, røykestatus") + "&from=2015&to=2020&minCoverage=90";
        for (String lang : List.of("nb", "en")) {
            for (String path : List.of("/matrix", task, "/matrix?concept=" + encode("https://sample.varcat.no/concept/birth-weight"),
                    "/matrix?concept=zzzyx")) {
                open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                axe.check(browser, lang + " " + path.substring(0, Math.min(path.length(), 30)));
            }
        }
        axe.assertNoViolations();
    }

    private void doTheTask(String home, String matrixLink, String concepts, String addButton, String listLink, String added,
            String reasonWord) throws Exception {
        open(home);

        // 1. From the home page's search area to the matrix.
        activate(browser.findElement(By.cssSelector(".matrix-link a")), matrixLink);
        assertThat(browser.getCurrentUrl()).contains("/matrix");

        // 2. The two concepts, the years and the lowest coverage, submitted with Enter on the button.
        WebElement field = browser.findElement(By.id("concepts"));
        tabTo(field);
        field.sendKeys(concepts);
        field.sendKeys(Keys.TAB);
        assertThat(active()).isEqualTo(browser.findElement(By.id("years-from")));
        active().sendKeys("2015", Keys.TAB);
        active().sendKeys("2020", Keys.TAB);
        assertThat(active()).isEqualTo(browser.findElement(By.id("min-coverage")));
        active().sendKeys("9");
        assertThat(browser.findElement(By.id("min-coverage")).getAttribute("value")).isEqualTo("90");
        activate(browser.findElement(By.cssSelector(".matrix-form button[type=submit]")), null);
        assertThat(browser.getCurrentUrl()).contains("from=2015", "to=2020", "minCoverage=90");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.coverage-matrix tbody tr"));
        assertThat(rows).isNotEmpty();
        WebElement mfr = rows.get(0);
        assertThat(mfr.getAttribute("class")).contains("holds-all");
        assertThat(mfr.findElement(By.cssSelector("th a")).getDomAttribute("href")).contains("/registers/");
        List<String> codes = mfr.findElements(By.cssSelector("td code")).stream().map(WebElement::getText).toList();
        assertThat(codes).contains("VEKT", "ROYK_START");
        screenshot("matrix-" + (home.contains("en") ? "en" : "nb"));

        // 3. The register's matching variables to the list, one button.
        WebElement add = mfr.findElement(By.cssSelector("form.matrix-add button"));
        assertThat(add.getText()).startsWith(addButton);
        activate(add, null);
        assertThat(browser.getCurrentUrl()).contains("/matrix", "minCoverage=90");
        assertThat(browser.findElement(By.cssSelector(".site-header .flash[role=status]")).getText()).contains(added);

        // 4. The list, from the header.
        activate(browser.findElement(By.cssSelector(".site-header .list-link")), listLink);
        assertThat(browser.getCurrentUrl()).endsWith("/list");

        // 5. Why each is needed, typed on the list (the years came along from the matrix), saved.
        String reason = reasonWord + " " + home.length();
        for (WebElement text : browser.findElements(By.cssSelector("textarea[name=reason]"))) {
            tabTo(text);
            text.clear();
            text.sendKeys(reason);
        }
        activate(browser.findElement(By.cssSelector("form#list-details button[type=submit]")), null);
        assertThat(browser.findElements(By.cssSelector("input[name=from]"))).extracting(e -> e.getAttribute("value")).contains("2015");

        // 6. The Excel download: both variables, with the years wanted and the reason.
        activate(browser.findElement(By.cssSelector("main a[href$='.xlsx']")), null);
        Path xlsx = awaitDownload(".xlsx");
        List<List<String>> rowsOf = rows(xlsx);
        for (String notation : List.of("VEKT", "ROYK_START")) {
            assertThat(rowsOf).as(notation).anySatisfy(row -> assertThat(row).contains(notation, "2015–2020", reason));
        }
        assertThat(interactions).isLessThanOrEqualTo(6).isEqualTo(6);
    }

    /** Tabs to the element and presses Enter: one interaction. */
    private void activate(WebElement element, String textStart) {
        if (textStart != null) {
            assertThat(element.getText()).startsWith(textStart);
        }
        tabTo(element);
        interactions++;
        boolean loadsPage = !"a".equals(element.getTagName()) || !element.getDomAttribute("href").endsWith(".xlsx");
        if (loadsPage) {
            String before = browser.getCurrentUrl() + System.nanoTime();
            active().sendKeys(Keys.ENTER);
            wait.ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
            wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
            assertThat(before).isNotNull();
        } else {
            active().sendKeys(Keys.ENTER);
        }
    }

    /** Presses Tab until the element has the focus (from wherever the focus is). */
    private void tabTo(WebElement element) {
        for (int i = 0; i < MAX_TABS && !element.equals(active()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(active()).as("reached by Tab: " + element.getTagName() + " " + element.getText()).isEqualTo(element);
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
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

    private static List<List<String>> rows(Path xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
