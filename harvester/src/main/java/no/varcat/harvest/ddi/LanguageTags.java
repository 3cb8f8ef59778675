package no.varcat.harvest.ddi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which language attributes to trust. Published codebooks carry junk in them (Nesstar
 * writes {@code xml-lang="xy"}, CED2AR {@code xml-lang="xml-lang339"}), and a literal tagged with
 * a language that does not exist is worse than one tagged with the configured default.
 */
final class LanguageTags {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> ISO_639 = iso639();

    private LanguageTags() {
    }

    /** The tag in canonical case ("nb-NO"), or empty when it is malformed or names no ISO 639 language. */
    static Optional<String> canonical(String tag) {
        if (tag == null || !WELL_FORMED.matcher(tag).matches()) {
            return Optional.empty();
        }
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        if (!ISO_639.contains(primary)) {
            return Optional.empty();
        }
        return Optional.of(Locale.forLanguageTag(tag).toLanguageTag());
    }

    private static Set<String> iso639() {
        Set<String> codes = new HashSet<>();
        for (String two : Locale.getISOLanguages()) {
            codes.add(two);
            codes.add(Locale.forLanguageTag(two).getISO3Language());
        }
        return Set.copyOf(codes);
    }
}
