package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** sources.csv lists files that exist, once each, with what their formats need. */
class SampleCatalogManifestTest {

    private static final Set<String> FORMATS_WITHOUT_REGISTER = Set.of("turtle", "ddi-codebook", "indicator-json");

    private final List<SampleSource> sources = SampleCatalog.sources();

    @Test
    void everyListedFileIsOnTheClasspath() {
        assertThat(sources).isNotEmpty().allSatisfy(s ->
                assertThat(getClass().getClassLoader().getResource(s.resource())).as(s.resource()).isNotNull());
    }

    @Test
    void idsAreUnique() {
        assertThat(sources).extracting(SampleSource::id).doesNotHaveDuplicates();
    }

    @Test
    void formatsThatDoNotNameTheirRegisterAreGivenOne() {
        assertThat(sources).filteredOn(SampleCatalogManifestTest::needsRegister)
                .allSatisfy(s -> assertThat(s.register()).as(s.id() + " register").startsWith("https://"));
    }

    /** Plain coverage files name the register in each row; SKDE's files do not. */
    private static boolean needsRegister(SampleSource s) {
        boolean plainCoverage = s.format().equals("coverage-csv") && "plain".equals(s.preset());
        return !FORMATS_WITHOUT_REGISTER.contains(s.format()) && !plainCoverage;
    }
}
