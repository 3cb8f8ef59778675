package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/**
 * The variable page's timeline in a real headless Chromium, without JavaScript help: the sample's
 * place of death (DODSSTED), whose code list changed in 2012, picked by year and compared across
 * two years through its GET forms; the ICD-9 cause of death names its successor. axe-core finds no
 * violation on the pages in either language.
 */
@VarcatIntegrationTest
class VariableTimelineBrowserIT extends BrowserTest {

    private static final String PLACE_OF_DEATH = "https://sample.varcat.no/fhi/dar/variable/DODSSTED";
    private static final String CAUSE_ICD9 = "https://sample.varcat.no/fhi/dar/variable/UNDERLIGGENDE_ICD9";

    @Test
    void pickingAYearShowsItsCodeListAndComparingTwoYearsShowsWhatChanged() throws Exception {
        AxeCheck axe = new AxeCheck();
        open(Paths.variable(PLACE_OF_DEATH) + "?lang=nb");
        assertThat(texts("#timeline-heading")).containsExactly("Kodelisten over tid");
        assertThat(texts("#timeline table:first-of-type tbody td:first-child")).as("the versions").containsExactly("1951–2011", "fra 2012");
        axe.check(browser, "timeline");

        new Select(browser.findElement(By.id("timeline-year"))).selectByValue("2005");
        clickAndWait(browser.findElement(By.cssSelector("#year-heading + form button")));
        assertThat(browser.getCurrentUrl()).contains("year=2005");
        assertThat(texts("#year-heading")).containsExactly("Kodelisten i 2005");
        assertThat(texts("#codes-in-year tbody td:first-child")).containsExactly("1", "2", "3", "4", "9");
        assertThat(texts("#codes-in-year tbody tr:nth-child(2) td:nth-child(2)")).containsExactly("Sykehjem eller annen helseinstitusjon");
        screenshot("variable-timeline-year");

        Select from = new Select(browser.findElement(By.id("timeline-from")));
        from.selectByValue("2005");
        new Select(browser.findElement(By.id("timeline-to"))).selectByValue("2015");
        clickAndWait(browser.findElement(By.cssSelector("#compare-heading + form button")));
        assertThat(texts("#compare-heading")).containsExactly("Endringer fra 2005 til 2015");
        assertThat(texts("#code-changes tr.change-added td:nth-child(2)")).containsExactly("5");
        assertThat(texts("#code-changes tr.change-relabelled td")).containsExactly("Ny tekst", "2",
                "Sykehjem eller annen helseinstitusjon", "Sykehjem");
        assertThat(browser.findElements(By.cssSelector("#code-changes tr.change-removed"))).isEmpty();
        assertThat(new Select(browser.findElement(By.id("timeline-year"))).getFirstSelectedOption().getText())
                .as("the year picked before is kept").isEqualTo("2005");
        screenshot("variable-timeline-compare");
        axe.check(browser, "timeline, compared");

        open(Paths.variable(PLACE_OF_DEATH) + "?lang=en&year=2015&from=2011&to=2012");
        assertThat(texts("#compare-heading")).containsExactly("Changes from 2011 to 2012");
        assertThat(texts("#code-changes tr.change-relabelled td:nth-child(4)")).containsExactly("Nursing home");
        axe.check(browser, "timeline, English");

        open(Paths.variable(PLACE_OF_DEATH) + "?lang=nb&year=1700&from=x&to=99999");
        assertThat(texts("#year-heading")).as("a year outside the variable's falls back to the latest").isNotEmpty()
                .noneMatch(t -> t.contains("1700"));
        assertThat(browser.findElements(By.id("no-changes"))).as("the first year against the latest").isEmpty();

        open(Paths.variable(CAUSE_ICD9) + "?lang=nb");
        assertThat(texts("#succession-heading + dl dt")).containsExactly("Erstattet av");
        assertThat(texts("#succession-heading + dl dd a")).containsExactly("Underliggende dødsårsak");
        axe.check(browser, "successor");
        open(Paths.variable(CAUSE_ICD9) + "?lang=en");
        assertThat(texts("#succession-heading + dl dt")).containsExactly("Replaced by");
        axe.check(browser, "successor, English");

        axe.assertNoViolations();
    }
}
