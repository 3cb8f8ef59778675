package no.varcat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianStemFilterFactoryTest {

    private static NorwegianStemFilterFactory stem(String variant) {
        return new NorwegianStemFilterFactory(
                TestSettings.of(NorwegianStemFilterFactory.Settings.class, Map.of("variant", variant)));
    }

    @Test
    void defaultsToBothVariants() {
        var factory = new NorwegianStemFilterFactory(TestSettings.defaults(NorwegianStemFilterFactory.Settings.class));
        assertThat(factory.name()).isEqualTo("varcat_norwegian_stem");
        assertThat(factory.variant()).isEqualTo(NorwegianVariant.BOTH);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        // Nynorsk-only endings (-ane, -ar) are left alone by the bokmål stemmer...
        "bokmaal, gutane,    gutan",
        "bokmaal, sjukdomar, sjukdomar",
        // ...and removed by the nynorsk one.
        "nynorsk, gutane,    gut",
        "nynorsk, sjukdomar, sjukdom",
        "both,    gutane,    gut",
        "both,    sjukdomar, sjukdom",
        // Bokmål-only endings (-ende, -est) are kept by the nynorsk stemmer.
        "bokmaal, sovende,   sov",
        "nynorsk, sovende,   sovend",
        "both,    fødselsvekten, fødselsvekt",
    })
    void stemsPerVariant(String variant, String word, String stem) {
        assertThat(Tokens.terms(word, stem(variant))).containsExactly(stem);
    }

    @Test
    void variantIsCaseInsensitive() {
        assertThat(stem(" Nynorsk ").variant()).isEqualTo(NorwegianVariant.NYNORSK);
    }

    @Test
    void rejectsUnknownVariantNamingTheAllowedValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> stem("riksmaal"))
                .withMessage("Unknown Norwegian variant [riksmaal] for [variant]; expected one of [bokmaal, nynorsk, both]");
    }
}
