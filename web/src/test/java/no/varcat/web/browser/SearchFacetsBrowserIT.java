package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/**
 * The theme, coverage and quality indicator facets, the "last changed" order and cursor pages in
 * a real headless Chromium, and axe-core on the registers tab and on a search with those facets.
 */
@VarcatIntegrationTest
class SearchFacetsBrowserIT extends BrowserTest {

    private static final String CARDIOVASCULAR = "https://w3id.org/varcat/health-theme/cardiovascular";
    private static final List<String> CARDIOVASCULAR_REGISTERS = List.of(
            Paths.register("https://sample.varcat.no/stolav/hjerneslag"), Paths.register("https://sample.varcat.no/stolav/hjerteinfarkt"));





    @Test
    void researcherFiltersByThemeQualityIndicatorsAndCoverageThenSortsByLastChanged() {
        open("/search?q=");
        browser.findElement(By.cssSelector(".facets input[name=theme][value='" + CARDIOVASCULAR + "']")).click();
        submitFacets();
        assertThat(browser.getCurrentUrl()).contains("theme=" + encode(CARDIOVASCULAR));
        assertThat(registerLinks()).isNotEmpty().allSatisfy(href -> assertThat(href).isIn(CARDIOVASCULAR_REGISTERS));
        assertThat(checked("theme")).containsExactly(CARDIOVASCULAR);
        assertThat(labelOf("theme", CARDIOVASCULAR)).startsWith("Hjerte- og karsykdommer (");

        browser.findElement(By.id("indicators-yes")).click();
        submitFacets();
        assertThat(browser.getCurrentUrl()).contains("indicators=yes").contains("theme=" + encode(CARDIOVASCULAR));
        assertThat(browser.findElement(By.id("indicators-yes")).isSelected()).isTrue();
        // Both cardiovascular registers have quality indicators: nothing is left out, nothing is counted without.
        assertThat(labelOf("indicators", "no")).endsWith("(0)");

        WebElement band = browser.findElements(By.cssSelector(".facets input[name=coverage]")).get(0);
        String bandKey = band.getAttribute("value");
        String bandLabel = labelOf("coverage", bandKey);
        long bandCount = Long.parseLong(bandLabel.replaceAll(".*\\((\\d+)\\)$", "$1"));
        band.click();
        submitFacets();
        assertThat(browser.getCurrentUrl()).contains("coverage=" + bandKey);
        assertThat(checked("coverage")).containsExactly(bandKey);
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText()).isEqualTo(bandCount + " variabler");

        new Select(browser.findElement(By.id("sort"))).selectByValue("changed");
        clickAndWait(browser.findElement(By.cssSelector("form.sort button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("sort=changed", "coverage=" + bandKey, "indicators=yes");
        List<String> dates = browser.findElements(By.cssSelector(".result .modified")).stream()
                .map(e -> e.getText().replace("Sist endret ", "")).toList();
        assertThat(dates).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());

        open(browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/search")) + "&lang=en");
        assertThat(texts(".facets legend")).contains("Theme", "Coverage of the register", "Quality indicators");
        assertThat(labelOf("theme", CARDIOVASCULAR)).startsWith("Cardiovascular diseases (");
        assertThat(labelOf("indicators", "yes")).startsWith("The register has quality indicators (");
    }

    @Test
    void deepPagesAreReachedByCursorLinksThatCanBeSharedAndWalkedBack() {
        open("/search?q=&sort=name&page=10");
        List<String> page10 = resultLinks();
        clickAndWait(browser.findElement(By.cssSelector(".pagination a[rel=next]")));
        assertThat(browser.getCurrentUrl()).contains("page=11", "after=");
        assertThat(browser.findElement(By.cssSelector(".pagination span")).getText()).startsWith("Side 11 av ");
        assertThat(browser.findElement(By.cssSelector("ol.results")).getAttribute("start")).isEqualTo("201");
        List<String> page11 = resultLinks();
        assertThat(page11).hasSize(20).doesNotContainAnyElementsOf(page10);

        clickAndWait(browser.findElement(By.cssSelector(".pagination a[rel=next]")));
        assertThat(browser.getCurrentUrl()).contains("page=12", "after=");
        String page12Url = browser.getCurrentUrl();
        List<String> page12 = resultLinks();
        assertThat(page12).doesNotContainAnyElementsOf(page11);

        clickAndWait(browser.findElement(By.cssSelector(".pagination a[rel=prev]")));
        assertThat(browser.getCurrentUrl()).contains("page=11", "before=");
        assertThat(resultLinks()).isEqualTo(page11);

        clickAndWait(browser.findElement(By.cssSelector(".pagination a[rel=prev]")));
        assertThat(browser.getCurrentUrl()).contains("page=10").doesNotContain("before=", "after=");
        assertThat(resultLinks()).isEqualTo(page10);

        // The shared link of a cursor page gives the same page in a new visit.
        browser.get(page12Url);
        assertThat(resultLinks()).isEqualTo(page12);
    }

    @Test
    void registersTabAndFacetedSearchHaveNoSeriousOrCriticalAccessibilityViolations() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("registers", "/search?type=registers&q=");
        pages.put("registers, search", "/search?type=registers&q=fodsler");
        pages.put("registers, none", "/search?type=registers&q=zzzyx");
        pages.put("registers, English", "/search?type=registers&q=diabetes&lang=en");
        pages.put("search, new facets", "/search?q=&theme=" + encode(CARDIOVASCULAR) + "&coverage=80-95&indicators=yes&sort=changed");
        pages.put("search, temporality and unit type", "/search?q=&temporality=event&unitType=episode&unitType=prescription");
        pages.put("search, temporality and unit type, English", "/search?q=&unitType=birth&lang=en");
        pages.put("search, cursor page", null);

        AxeCheck axe = new AxeCheck();
        pages.forEach((name, path) -> {
            if (path == null) {
                open("/search?q=&page=10");
                clickAndWait(browser.findElement(By.cssSelector(".pagination a[rel=next]")));
            } else {
                open(path);
            }
            axe.check(browser, name);
        });
        axe.assertNoBlockingViolations();
    }

    private void submitFacets() {
        clickAndWait(browser.findElement(By.cssSelector(".facets button[type=submit]")));
    }

    private List<String> checked(String name) {
        return browser.findElements(By.cssSelector(".facets input[name=" + name + "]")).stream()
                .filter(WebElement::isSelected).map(e -> e.getAttribute("value")).toList();
    }

    private String labelOf(String name, String value) {
        String id = browser.findElement(By.cssSelector(".facets input[name=" + name + "][value='" + value + "']")).getAttribute("id");
        return browser.findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }

    private List<String> registerLinks() {
        return browser.findElements(By.cssSelector(".result .meta a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    private List<String> resultLinks() {
        return browser.findElements(By.cssSelector(".result h2 a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }
}
