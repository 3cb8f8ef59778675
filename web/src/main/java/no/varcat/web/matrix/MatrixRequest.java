package no.varcat.web.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.varcat.catalog.search.ConceptCoverageSearch;
import no.varcat.catalog.search.YearRange;
import no.varcat.catalog.store.Iris;

/**
 * What the coverage matrix was asked, parsed once at the edge: the concepts (search terms or shared
 * concepts' IRIs, at most {@link ConceptCoverageSearch#MAX_CONCEPTS}), the years wanted and the
 * lowest coverage rate accepted. Anything unusable is left out rather than refused, as on the search page.
 *
 * @param concepts    the concepts in the order asked, each a term or an absolute IRI, without repeats
 * @param years       the years wanted; {@link YearRange#ANY} for all
 * @param minCoverage the lowest coverage rate accepted, in whole percent (0..100), or null for any
 */
public record MatrixRequest(List<String> concepts, YearRange years, Integer minCoverage) {

    /** Longer terms name no variable; they only make the query costlier. */
    static final int MAX_TERM_LENGTH = 100;

    public MatrixRequest {
        concepts = List.copyOf(concepts);
        years = years == null ? YearRange.ANY : years;
    }

    /**
     * Each {@code concept} parameter is one IRI, or one or more terms separated by commas or
     * semicolons ("fødselsvekt, røykestatus"), so one text field can carry them all.
     */
    static MatrixRequest parse(List<String> conceptParams, String from, String to, String minCoverage) {
        Set<String> concepts = new LinkedHashSet<>();
        for (String param : conceptParams == null ? List.<String>of() : conceptParams) {
            if (param == null) {
                continue;
            }
            String value = param.strip();
            if (isIri(value)) {
                concepts.add(value);
                continue;
            }
            for (String term : value.split("[,;\\n]")) {
                String t = term.strip().replaceAll("\\s+", " ");
                if (!t.isEmpty() && t.length() <= MAX_TERM_LENGTH) {
                    concepts.add(t);
                }
            }
        }
        return new MatrixRequest(new ArrayList<>(concepts).stream().limit(ConceptCoverageSearch.MAX_CONCEPTS).toList(),
                YearRange.parse(from, to), percent(minCoverage));
    }

    static boolean isIri(String value) {
        return (value.startsWith("http://") || value.startsWith("https://")) && Iris.isAbsolute(value) && value.indexOf('>') < 0;
    }

    /** The concepts as the form's one text field shows them. */
    public String conceptsText() {
        return String.join(", ", concepts);
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    private static Integer percent(String value) {
        if (value == null || !value.strip().matches("\\d{1,3}")) {
            return null;
        }
        int percent = Integer.parseInt(value.strip());
        return percent > 100 ? null : percent;
    }
}
