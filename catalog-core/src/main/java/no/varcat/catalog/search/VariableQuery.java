package no.varcat.catalog.search;

import java.util.List;

/**
 * What a researcher asked for: text, the facet values chosen, the order, and which page.
 *
 * @param registers   register IRIs to keep (any of them); empty keeps all
 * @param hasCodeList true or false to keep only variables with or without a code list; null keeps both
 * @param sort        the order of the results; null means relevance
 */
public record VariableQuery(String text, List<String> registers, Boolean hasCodeList, VariableSort sort, int from, int size) {

    public VariableQuery {
        text = text == null ? "" : text.strip();
        registers = registers == null ? List.of() : registers.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
        sort = sort == null ? VariableSort.RELEVANCE : sort;
        from = Math.max(0, from);
        size = Math.max(1, Math.min(size, VariableSearch.MAX_PAGE_SIZE));
    }

    /** In order of relevance. */
    public VariableQuery(String text, List<String> registers, Boolean hasCodeList, int from, int size) {
        this(text, registers, hasCodeList, VariableSort.RELEVANCE, from, size);
    }

    public static VariableQuery text(String text, int from, int size) {
        return new VariableQuery(text, List.of(), null, from, size);
    }

    /** Whether a facet narrows the results. */
    public boolean hasFilters() {
        return !registers.isEmpty() || hasCodeList != null;
    }
}
