package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;

/** The sample catalog is valid varcat profile data: no violation, not even a warning. */
class ProfileConformanceTest {

    private static final ProfileValidator VALIDATOR = new ProfileValidator();

    static List<String> sourceFiles() {
        return SampleSources.files();
    }

    @Test
    void wholeSampleCatalogConforms() {
        ValidationResult result = VALIDATOR.validate(SampleSources.merged());

        assertThat(result.violations()).extracting(Violation::format).isEmpty();
        assertThat(result.conforms()).isTrue();
    }

    // The harvester validates one source's graph at a time, so each file must stand on its own.
    @ParameterizedTest
    @MethodSource("sourceFiles")
    void eachSourceConformsOnItsOwn(String file) {
        ValidationResult result = VALIDATOR.validate(SampleSources.parse(file));

        assertThat(result.violations()).extracting(Violation::format).isEmpty();
    }
}
