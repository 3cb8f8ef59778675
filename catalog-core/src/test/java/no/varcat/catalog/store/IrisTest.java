package no.varcat.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void anIriWithAFragmentNamesAResource() {
        // A DDI codebook's study is the register {base}#study: it must be found like any other.
        assertThat(Iris.isAbsolute("https://sample.varcat.no/example/health-survey#study")).isTrue();
        assertThat(Iris.values("v", List.of("https://a.no/x#y"))).isEqualTo("VALUES ?v { <https://a.no/x#y> }");
    }

    @Test
    void relativeAndBrokenTextIsNot() {
        assertThat(Iris.isAbsolute("#study")).isFalse();
        assertThat(Iris.isAbsolute("variables/x")).isFalse();
        assertThat(Iris.isAbsolute("https://a.no/x y")).isFalse();
        assertThat(Iris.isAbsolute("")).isFalse();
        assertThat(Iris.isAbsolute(null)).isFalse();
    }
}
