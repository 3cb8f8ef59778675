package no.varcat.catalog.text;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

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

    /**
     * Returns a copy with a language-tagged literal's text added for its language (untagged counts as
     * bokmål) unless that language already has one; anything that is not a literal changes nothing.
     */
    public LocalizedText withLiteral(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return this;
        }
        Literal literal = node.asLiteral();
        return withDefault(literal.getLanguage(), literal.getLexicalForm());
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
