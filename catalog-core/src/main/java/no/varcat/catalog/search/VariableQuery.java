package no.varcat.catalog.search;

import java.util.List;

/**
 * What a researcher asked for: text, the facet values chosen, and which page.
 *
 * @param registers   register IRIs to keep (any of them); empty keeps all
 * @param hasCodeList true or false to keep only variables with or without a code list; null keeps both
 */
public record VariableQuery(String text, List<String> registers, Boolean hasCodeList, int from, int size) {

    public VariableQuery {
        text = text == null ? "" : text.strip();
        registers = registers == null ? List.of() : registers.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
        from = Math.max(0, from);
        size = Math.max(1, Math.min(size, VariableSearch.MAX_PAGE_SIZE));
    }

    public static VariableQuery text(String text, int from, int size) {
        return new VariableQuery(text, List.of(), null, from, size);
    }
}
