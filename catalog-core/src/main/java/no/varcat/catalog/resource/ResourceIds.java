package no.varcat.catalog.resource;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import no.varcat.catalog.text.Sha256;

/**
 * The id of a harvested resource in its URL: a pure function of the IRI the source gave it, so it
 * survives re-harvests, restarts and rebuilds, and a link can be written without asking the store.
 * The readable part comes from the IRI's last path segments ({@code .../fhi/mfr/variable/FVEKT}
 * gives {@code mfr-fvekt}); the 8 hex digits of the IRI's SHA-256 after it keep two IRIs with the
 * same ending apart ({@code mfr-fvekt-1f0c9a2b}).
 */
public final class ResourceIds {

    /** What every id matches; anything else in a URL names nothing, and never reaches a query. */
    public static final Pattern PATTERN = Pattern.compile("(?:[a-z0-9]+(?:-[a-z0-9]+)*-)?[0-9a-f]{8}");

    /** Path segments that say what kind of thing follows rather than which one. */
    private static final Set<String> GENERIC = Set.of("variable", "variables", "var", "codelist", "codelists",
            "code-list", "dataset", "datasets", "register", "registers", "concept", "concepts", "indicator",
            "indicators", "id", "resource", "resources", "ns", "catalog", "api", "enheter", "enhetsregisteret",
            "genid", "www", "http", "https", "urn");
    private static final int MAX_WORDS_LENGTH = 60;
    // Compiled once: links to every hit and facet value of a search page are ids, and String's
    // replaceAll and split compiled each pattern again per call (42 % of the search API's CPU at 1M).
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SCHEME_AND_AUTHORITY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:(//[^/?#]*)?");
    private static final Pattern SEPARATORS = Pattern.compile("[/#?:=&]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern LEADING_DASHES = Pattern.compile("^-+");

    private ResourceIds() {
    }

    public static String of(String iri) {
        String readable = readable(iri);
        String hash = Sha256.hex(iri, 4);
        return readable.isEmpty() ? hash : readable + "-" + hash;
    }

    /** Whether {@code id} has the shape of an id; says nothing about whether the store has it. */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() <= 120 && PATTERN.matcher(id).matches();
    }

    /** The last two segments that name something, folded to {@code a-z0-9} words joined by '-'. */
    private static String readable(String iri) {
        String path = SCHEME_AND_AUTHORITY.matcher(iri).replaceFirst("");
        List<String> words = new ArrayList<>();
        for (String segment : SEPARATORS.split(path)) {
            String word = fold(segment);
            if (!word.isEmpty() && !GENERIC.contains(word)) {
                words.add(word);
            }
        }
        String readable = String.join("-", words.subList(Math.max(0, words.size() - 2), words.size()));
        if (readable.length() > MAX_WORDS_LENGTH) {
            readable = LEADING_DASHES.matcher(readable.substring(readable.length() - MAX_WORDS_LENGTH)).replaceFirst("");
        }
        return readable;
    }

    private static String fold(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return EDGE_DASHES.matcher(NOT_WORD.matcher(ascii).replaceAll("-")).replaceAll("");
    }
}
