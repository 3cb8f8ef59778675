package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;

/** What the codebook readers produce passes varcat's own SHACL shapes without a single result. */
class CodebookShapesTest {

    private final ProfileValidator validator = new ProfileValidator();

    @Test
    void kodebokOutputConforms() {
        ValidationResult result = validator.validate(CodebookRead.csv("kodebok.csv", "kodebok").graph());

        assertThat(result.violations()).extracting(Violation::format).isEmpty();
        assertThat(result.conforms()).isTrue();
    }

    @Test
    void plainOutputConforms() {
        ValidationResult result = validator.validate(CodebookRead.csv("plain.csv", "plain").graph());

        assertThat(result.violations()).extracting(Violation::format).isEmpty();
        assertThat(result.conforms()).isTrue();
    }
}
