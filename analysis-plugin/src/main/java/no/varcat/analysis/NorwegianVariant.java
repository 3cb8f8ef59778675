package no.varcat.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;

/** Which written Norwegian the light stemmer should know suffixes for. */
public enum NorwegianVariant {
    BOKMAAL("bokmaal", NorwegianLightStemmer.BOKMAAL),
    NYNORSK("nynorsk", NorwegianLightStemmer.NYNORSK),
    // Register metadata mixes both forms, often within one dataset.
    BOTH("both", NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK);

    private final String settingValue;
    private final int stemmerFlags;

    NorwegianVariant(String settingValue, int stemmerFlags) {
        this.settingValue = settingValue;
        this.stemmerFlags = stemmerFlags;
    }

    public String settingValue() {
        return settingValue;
    }

    public int stemmerFlags() {
        return stemmerFlags;
    }

    /** Parses the {@code variant} setting, naming the allowed values when it is wrong. */
    public static NorwegianVariant fromSetting(String value) {
        String normalised = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(variant -> variant.settingValue.equals(normalised))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown Norwegian variant [" + value + "] for [variant]; expected one of "
                                + Arrays.stream(values()).map(NorwegianVariant::settingValue)
                                        .collect(Collectors.joining(", ", "[", "]"))));
    }
}
