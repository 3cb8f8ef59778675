package no.varcat.catalog.text;

import java.util.Locale;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A text in Norwegian bokmål, nynorsk and English; any of them may be missing. A source that gives
 * the text in none of those (a Swedish, Danish or German catalog) still has it shown as it is:
 * {@code other} keeps one text in another language as the last fallback.
 *
 * @param other a text in a language other than nb, nn and en, or null
 */
public record LocalizedText(String nb, String nn, String en, Tagged other) {

    public static final LocalizedText EMPTY = new LocalizedText(null, null, null, null);

    /** A text in the language its tag names (a BCP 47 tag as the source wrote it, e.g. {@code sv}). */
    public record Tagged(String language, String text) {
    }

    public LocalizedText(String nb, String nn, String en) {
        this(nb, nn, en, null);
    }

    /**
     * The text in {@code language} ("nb", "nn", "en"), falling back to bokmål, nynorsk, English, the
     * other language, then "".
     */
    public String in(String language) {
        return firstNonBlank(wanted(language), nb, nn, en, other == null ? null : other.text());
    }

    /**
     * The language tag of what {@link #in} gives for {@code language}, so that a page can mark a
     * Swedish title as Swedish; null when there is no text.
     */
    public String languageOf(String language) {
        if (!blank(wanted(language))) {
            return "nb".equals(language) || "nn".equals(language) || "en".equals(language) ? language : "nb";
        }
        if (!blank(nb)) {
            return "nb";
        }
        if (!blank(nn)) {
            return "nn";
        }
        if (!blank(en)) {
            return "en";
        }
        return other == null || blank(other.text()) ? null : other.language();
    }

    public boolean isEmpty() {
        return in("nb").isEmpty();
    }

    /**
     * Returns a copy with {@code text} set for {@code language} unless that language already has one.
     * Only the primary subtag counts ({@code en-GB} is English); untagged and {@code no} count as
     * bokmål. Of the other languages one text is kept, the one whose tag sorts first, so that the
     * same source always shows the same text whatever order its literals come in.
     */
    public LocalizedText withDefault(String language, String text) {
        if (text == null || language == null) {
            return this;
        }
        String tag = language.toLowerCase(Locale.ROOT);
        return switch (tag.split("-", 2)[0]) {
            case "nb", "no", "" -> nb == null ? new LocalizedText(text, nn, en, other) : this;
            case "nn" -> nn == null ? new LocalizedText(nb, text, en, other) : this;
            case "en" -> en == null ? new LocalizedText(nb, nn, text, other) : this;
            default -> other == null || tag.compareTo(other.language()) < 0
                    ? new LocalizedText(nb, nn, en, new Tagged(tag, text)) : this;
        };
    }

    /** Returns a copy with what {@code fallback} has in the languages this text lacks. */
    public LocalizedText withDefaults(LocalizedText fallback) {
        LocalizedText merged = withDefault("nb", fallback.nb()).withDefault("nn", fallback.nn()).withDefault("en", fallback.en());
        return fallback.other() == null ? merged : merged.withDefault(fallback.other().language(), fallback.other().text());
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

    private String wanted(String language) {
        return switch (language) {
            case "en" -> en;
            case "nn" -> nn;
            default -> nb;
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return "";
    }
}
