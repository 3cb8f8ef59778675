package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import no.varcat.web.VarcatIntegrationTest;

/**
 * An admin in real headless Chromium: the admin page sends to the login form, the admin logs in,
 * sees the sources, opens one, presses "Høst nå", and gets a form that names its faults; axe-core
 * finds no serious or critical violation on any of these pages. Screenshots in target/screenshots.
 */
@VarcatIntegrationTest
class AdminBrowserIT extends BrowserTest {

    @Test
    void anAdminLogsInHarvestsASourceAndFixesAFormAndEveryPageIsAccessible() throws Exception {
        AxeCheck axe = new AxeCheck();
        open("/admin");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        axe.check(browser, "login");
        screenshot("admin-login");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(VarcatIntegrationTest.ADMIN_PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).matches(".*/admin(\\?continue)?");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Høstingskilder");
        axe.check(browser, "admin sources");
        screenshot("admin-sources");

        clickAndWait(browser.findElement(By.cssSelector("a[href$='/admin/sources/mfr']")));
        axe.check(browser, "admin source");
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='Høst nå']")));
        assertThat(browser.findElement(By.cssSelector("main .flash")).getText()).containsAnyOf("Høsting av mfr er startet", "mfr høstes allerede");
        screenshot("admin-source");

        open("/admin/sources/new");
        browser.findElement(By.id("id")).sendKeys("Ikke Gyldig");
        browser.findElement(By.id("location")).sendKeys("https://register.example.no/kodebok.csv");
        browser.findElement(By.id("schedule")).sendKeys("hver natt");
        // The browser's own checks would stop the post before the server sees it; the server's are tested here.
        browser.executeScript("document.querySelector('form.admin-form').noValidate = true");
        clickAndWait(browser.findElement(By.cssSelector("form.admin-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Id-en må være", "Velg et av formatene", "Tidsplanen må være cron");
        axe.check(browser, "admin form, faults");
        screenshot("admin-source-form");

        axe.assertNoBlockingViolations();
    }
}
