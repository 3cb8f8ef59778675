package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.selfcheck.SelfCheckSamples;

/**
 * An admin registers an official shape set on its page (our own small rule set, a file upload), the
 * self-check reports against it, and the admin deletes it; axe-core finds no serious or critical
 * violation on the pages, in Norwegian and in English.
 */
@VarcatIntegrationTest
class ShapeSetsBrowserIT extends BrowserTest {

    /** A dataset needs a publisher: our own rule, in the style of the official shapes. */
    private static final String SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            <https://shapes.example/Dataset> a sh:NodeShape ;
                sh:targetClass <http://www.w3.org/ns/dcat#Dataset> ;
                sh:property [ sh:path <http://purl.org/dc/terms/publisher> ; sh:minCount 1 ;
                              sh:message "A dataset needs a publisher" ] .
            """;

    @Test
    void anAdminRegistersAShapeSetTheSelfCheckUsesItAndItIsDeleted() throws Exception {
        Path shapes = downloads.getParent().resolve("publisher-shapes.ttl");
        Path catalog = downloads.getParent().resolve("katalog.ttl");
        Files.createDirectories(shapes.getParent());
        Files.writeString(shapes, SHAPES);
        Files.writeString(catalog, SelfCheckSamples.TURTLE);
        AxeCheck axe = new AxeCheck();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(VarcatIntegrationTest.ADMIN_PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));

        open("/admin/shapes?lang=nb");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Offisielle regelsett");
        axe.check(browser, "admin shapes, empty");
        browser.findElement(By.id("shapes-name")).sendKeys("browser-test");
        browser.findElement(By.id("shapes-label")).sendKeys("Utgiverregelen");
        browser.findElement(By.id("shapes-file")).sendKeys(shapes.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.cssSelector("form.admin-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("main .flash")).getText()).contains("«Utgiverregelen» er registrert");
        assertThat(texts(".admin-shapes tbody td:first-child")).contains("Utgiverregelen");
        axe.check(browser, "admin shapes, one set");
        screenshot("admin-shapes");
        open("/admin/shapes?lang=en");
        axe.check(browser, "admin shapes, English");

        open("/self-check?lang=nb");
        browser.findElement(By.id("file")).sendKeys(catalog.toAbsolutePath().toString());
        new Select(browser.findElement(By.id("format"))).selectByValue("turtle");
        clickAndWait(browser.findElement(By.cssSelector(".self-check-form button[type=submit]")));
        assertThat(browser.findElement(By.id("official-heading")).getText()).isEqualTo("Offisielle regelsett");
        assertThat(texts(".self-check-official h4")).contains("Utgiverregelen");
        assertThat(browser.findElement(By.cssSelector(".self-check-official")).getText()).contains("A dataset needs a publisher",
                SelfCheckSamples.REGISTER);
        screenshot("self-check-official");
        axe.check(browser, "self-check, official shapes");

        open("/admin/shapes?lang=nb");
        clickAndWait(browser.findElement(By.cssSelector(".admin-shapes button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("main .flash")).getText()).contains("browser-test er slettet");
        assertThat(browser.findElements(By.cssSelector(".admin-shapes"))).isEmpty();
        axe.assertNoBlockingViolations();
    }
}
