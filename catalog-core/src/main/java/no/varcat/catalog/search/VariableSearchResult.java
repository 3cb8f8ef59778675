package no.varcat.catalog.search;

import java.util.List;

/**
 * A page of search results, the total number of matches, and the facet counts.
 *
 * @param suggestion when nothing matched the text, a corrected spelling of it; otherwise null
 */
public record VariableSearchResult(String query, long total, int from, List<VariableHit> hits,
        List<FacetValue> registers, List<FacetValue> codeList, List<FacetValue> publishers, List<FacetValue> valueTypes,
        String suggestion) {

    public VariableSearchResult {
        hits = List.copyOf(hits);
        registers = List.copyOf(registers);
        codeList = List.copyOf(codeList);
        publishers = List.copyOf(publishers);
        valueTypes = List.copyOf(valueTypes);
    }
}
