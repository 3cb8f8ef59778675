package no.varcat.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValidationResultTest {

    private static final Violation WARNING = new Violation("https://test.varcat.no/r", null, null, Severity.WARNING,
            "should have an English title", ProfileShapes.NS + "RegisterShape");

    @Test
    void isImmutable() {
        List<Violation> list = new ArrayList<>(List.of(WARNING));
        ValidationResult result = new ValidationResult(false, list);
        list.clear();

        assertThat(result.violations()).containsExactly(WARNING);
        assertThatThrownBy(() -> result.violations().add(WARNING)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void conformsExactlyWhenThereAreNoResults() {
        assertThat(new ValidationResult(true, List.of()).conforms()).isTrue();
        assertThatThrownBy(() -> new ValidationResult(true, List.of(WARNING))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValidationResult(false, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWarningAloneBreaksConformanceButIsNoViolation() {
        ValidationResult result = new ValidationResult(false, List.of(WARNING));

        assertThat(result.hasViolations()).isFalse();
        assertThat(result.withSeverity(Severity.WARNING)).containsExactly(WARNING);
        assertThat(result.withSeverity(Severity.VIOLATION)).isEmpty();
        assertThat(WARNING.format()).isEqualTo("WARNING https://test.varcat.no/r: should have an English title");
    }
}
