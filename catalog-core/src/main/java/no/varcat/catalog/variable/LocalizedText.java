package no.varcat.catalog.variable;

/** A text in Norwegian bokmål, nynorsk and English; any of them may be missing. */
public record LocalizedText(String nb, String nn, String en) {

    public static final LocalizedText EMPTY = new LocalizedText(null, null, null);

    /** The text in {@code language} ("nb", "nn", "en"), falling back to bokmål, nynorsk, English, then "". */
    public String in(String language) {
        String wanted = switch (language) {
            case "en" -> en;
            case "nn" -> nn;
            default -> nb;
        };
        return firstNonBlank(wanted, nb, nn, en);
    }

    public boolean isEmpty() {
        return firstNonBlank(nb, nn, en).isEmpty();
    }

    /** Returns a copy with {@code text} set for {@code language} unless that language already has one. */
    public LocalizedText withDefault(String language, String text) {
        if (text == null || language == null) {
            return this;
        }
        return switch (language.toLowerCase()) {
            case "nb", "no", "" -> nb == null ? new LocalizedText(text, nn, en) : this;
            case "nn" -> nn == null ? new LocalizedText(nb, text, en) : this;
            case "en" -> en == null ? new LocalizedText(nb, nn, text) : this;
            default -> this;
        };
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
