package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.VarcatIntegrationTest;

/**
 * "Min variabelliste" in a real Chromium: a variable added from its page, its years and reason
 * typed and saved, the page clean by axe-core in both languages; then the list's link opened in
 * another Chromium with a profile of its own (no cookie, no session) restores the list there.
 */
@VarcatIntegrationTest
class ListBrowserIT extends BrowserTest {

    @Autowired
    VariableRepository variables;

    @Test
    void aListIsRestoredFromItsLinkInAFreshBrowser() throws Exception {
        String weight = variables.findByRegister(MFR).stream().filter(v -> v.notation().equals("VEKT")).findFirst().orElseThrow().iri();
        AxeCheck axe = new AxeCheck();

        open("/variables/" + ResourceIds.of(weight) + "?lang=nb");
        WebElement add = browser.findElement(By.cssSelector("main form.list-toggle button"));
        add.click();
        wait.until(driver -> driver.findElement(By.cssSelector(".site-header .list-link")).getText().contains("(1)"));
        open("/list");
        browser.findElement(By.id("from-0")).sendKeys("2015");
        browser.findElement(By.id("to-0")).sendKeys("2020");
        browser.findElement(By.id("reason-0")).sendKeys("Fødselsvekt som utfall");
        clickAndWait(browser.findElement(By.cssSelector("#list-details button[type=submit]")));
        assertThat(browser.findElement(By.id("from-0")).getAttribute("value")).isEqualTo("2015");
        axe.check(browser, "list, nb");
        open("/list?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My variable list");
        axe.check(browser, "list, en");
        String link = browser.findElement(By.cssSelector(".saved-list-link")).getAttribute("href");
        screenshot("list-with-years");

        ChromeDriver fresh = Chromium.start(downloads.getParent().resolve("fresh"), downloads.getParent().resolve("fresh-downloads"));
        try {
            WebDriverWait freshWait = new WebDriverWait(fresh, Duration.ofSeconds(10));
            fresh.get(link.replaceFirst("^https?://[^/]+/", "http://localhost:" + port + "/") + "?lang=nb");
            assertThat(fresh.manage().getCookies()).noneMatch(c -> c.getName().equals("varcat-list"));
            assertThat(fresh.findElement(By.cssSelector("main")).getText()).contains("VEKT", "2015", "2020", "Fødselsvekt som utfall");
            axe.check(fresh, "saved list by its link, nb");
            WebElement use = fresh.findElement(By.cssSelector("form.list-restore button"));
            use.click();
            freshWait.until(driver -> driver.getCurrentUrl().endsWith("/list"));
            assertThat(fresh.findElement(By.id("from-0")).getAttribute("value")).isEqualTo("2015");
            assertThat(fresh.findElement(By.id("to-0")).getAttribute("value")).isEqualTo("2020");
            assertThat(fresh.findElement(By.id("reason-0")).getAttribute("value")).isEqualTo("Fødselsvekt som utfall");
            assertThat(fresh.findElement(By.cssSelector(".site-header .list-link")).getText()).contains("(1)");
            Screenshots.save(fresh, "list-restored");
        } finally {
            fresh.quit();
        }
        axe.assertNoViolations();
    }

}
