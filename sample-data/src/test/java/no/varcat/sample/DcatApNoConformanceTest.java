package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;

/**
 * The sample catalog passes the official DCAT-AP-NO 2.0 shapes, loaded as data.norge.no's validator
 * loads them ({@link OfficialShapes}).
 */
class DcatApNoConformanceTest {

    private static final String GEONORGE = "<https://data.geonorge.no/";

    private static ValidationResult result;

    @BeforeAll
    static void validate() {
        result = OfficialShapes.dcatApNo2(SampleSources.merged());
    }

    @Test
    void sampleCatalogHasNoViolation() {
        assertThat(result.withSeverity(Severity.VIOLATION)).extracting(Violation::format).isEmpty();
        assertThat(result.withSeverity(Severity.INFO)).extracting(Violation::format).isEmpty();
    }

    // The official shapes want dct:spatial from the EU country/place tables or GeoNames and warn on
    // Geonorge's administrative units, which Norwegian catalogs (and our profile) use for Norway.
    @Test
    void onlyWarningsAreGeonorgeAreas() {
        assertThat(result.withSeverity(Severity.WARNING)).allSatisfy(w -> {
            assertThat(w.path()).isEqualTo("http://purl.org/dc/terms/spatial");
            assertThat(w.value()).startsWith(GEONORGE);
        });
    }
}
