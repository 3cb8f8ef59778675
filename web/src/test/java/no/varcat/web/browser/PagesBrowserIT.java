package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/**
 * The search box's autocomplete, the register page's variable filter, and axe-core on the compare,
 * register and variable pages, in a real headless Chromium; screenshots in {@code target/screenshots/}.
 */
@VarcatIntegrationTest
class PagesBrowserIT extends BrowserTest {

    @Autowired
    VariableRepository variables;

    @Test
    void typingSuggestsVariablesAndArrowsWithEnterOpenOne() throws Exception {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

        box.sendKeys("fodselsv");
        List<WebElement> options = awaitOptions();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(box.getAttribute("aria-controls")).isEqualTo("q-suggestions");
        assertThat(browser.findElement(By.id("q-suggestions")).getAttribute("role")).isEqualTo("listbox");
        assertThat(options).hasSizeLessThanOrEqualTo(8).anySatisfy(o -> assertThat(o.getText()).contains("Fødselsvekt", "VEKT"));
        screenshot("autocomplete");

        // Escape closes the list and leaves the text; typing again opens it.
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getAttribute("value")).isEqualTo("fodselsv");
        box.sendKeys("e");
        options = awaitOptions();

        int wanted = indexOf(options, "Fødselsvekt");
        for (int i = 0; i <= wanted; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        WebElement active = browser.findElement(By.id(box.getAttribute("aria-activedescendant")));
        assertThat(active.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(active.getText()).contains("Fødselsvekt");

        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/variables/"));
        wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fødselsvekt");
    }

    @Test
    void enterWithoutAChosenSuggestionStillSearches() {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("fodselsvekt");
        awaitOptions();
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q=fodselsvekt"));
    }

    @Test
    void theRegisterPageFiltersItsVariables() throws Exception {
        open(Paths.register(MFR));
        int all = browser.findElements(By.cssSelector("table.variables tbody tr")).size();
        screenshot("register-completeness");

        WebElement filter = browser.findElement(By.id("variable-filter"));
        filter.sendKeys("fodselsvekt");
        clickAndWait(browser.findElement(By.cssSelector(".variable-filter button")));

        assertThat(browser.getCurrentUrl()).contains("q=fodselsvekt");
        assertThat(texts("table.variables tbody code")).containsExactly("VEKT");
        assertThat(browser.findElement(By.cssSelector(".filter-count")).getText()).startsWith("Viser 1 av " + all + " variabler");
        screenshot("register-filtered");

        clickAndWait(browser.findElement(By.cssSelector(".filter-count a")));
        assertThat(browser.findElements(By.cssSelector("table.variables tbody tr"))).hasSize(all);
    }

    @Test
    void newPagesHaveNoSeriousOrCriticalAccessibilityViolations() throws Exception {
        String weight = variable("VEKT").iri();
        String length = variable("LENGDE").iri();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("home, English", "/?lang=en");
        pages.put("compare", "/compare?iri=" + encode(weight) + "&iri=" + encode(length));
        pages.put("register", Paths.register(MFR));
        pages.put("register, filtered", Paths.register(MFR) + "?q=vekt");
        pages.put("variable", Paths.variable(weight));
        pages.put("variable, English", Paths.variable(weight) + "?lang=en");

        AxeCheck axe = new AxeCheck();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getValue());
            if (page.getKey().equals("compare")) {
                screenshot("compare");
            } else if (page.getKey().equals("variable")) {
                screenshot("variable-coverage-rdf");
            }
            axe.check(browser, page.getKey());
        }
        // The open suggestion list too, since the script adds it to every page's search box.
        open("/?lang=nb");
        browser.findElement(By.id("q")).sendKeys("fodselsv");
        awaitOptions();
        axe.check(browser, "home, suggestions open");

        axe.assertNoViolations();
    }

    private List<WebElement> awaitOptions() {
        return wait.until(driver -> {
            List<WebElement> options = browser.findElements(By.cssSelector("#q-suggestions [role=option]"));
            return options.isEmpty() ? null : options;
        });
    }

    private static int indexOf(List<WebElement> options, String label) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getText().contains(label)) {
                return i;
            }
        }
        throw new AssertionError("No suggestion " + label + " among " + options.stream().map(WebElement::getText).toList());
    }

    private VariableSummary variable(String notation) {
        return variables.findByRegister(MFR).stream().filter(v -> v.notation().equals(notation)).findFirst().orElseThrow();
    }

    /** The whole page, not just the window (Chromium's own full-page capture, through DevTools). */
}
