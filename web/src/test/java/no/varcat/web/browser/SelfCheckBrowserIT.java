package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.selfcheck.SelfCheckSamples;

/** A register uploads its catalog on the self-check page and reads the report and the preview, in a real Chromium. */
@VarcatIntegrationTest
class SelfCheckBrowserIT extends BrowserTest {

    @Test
    void uploadsAFileAndSeesTheReportAndThePreview() throws Exception {
        Path file = downloads.getParent().resolve("katalog.ttl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SelfCheckSamples.TURTLE);
        AxeCheck axe = new AxeCheck();

        open("/self-check?lang=nb");
        axe.check(browser, "self-check, form");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        new Select(browser.findElement(By.id("format"))).selectByValue("turtle");
        clickAndWait(browser.findElement(By.cssSelector(".self-check-form button[type=submit]")));

        assertThat(browser.findElement(By.id("report-heading")).getText()).contains("katalog.ttl");
        assertThat(texts(".preview-title")).containsExactly("Hjerteregisteret");
        assertThat(texts(".preview code")).containsExactly("ALDER");
        assertThat(browser.findElement(By.cssSelector(".left-out")).getText()).contains(SelfCheckSamples.UNTITLED);
        assertThat(texts(".to-gain li")).isNotEmpty();
        screenshot("self-check-report");
        axe.check(browser, "self-check, report");
        axe.assertNoBlockingViolations();
    }
}
