package no.varcat.catalog.search;

import java.util.List;

/**
 * What one register holds of one concept: how many of its variables match, the years they span, and
 * the best matching of them.
 *
 * @param variables      how many of the register's variables match (all of them, not only those shown)
 * @param firstYear      the earliest first year of those variables, or null when none gives one
 * @param lastYear       the latest last year, or null when one of them is still collected or none gives one
 * @param stillCollected whether one of them has no last year (still collected)
 * @param shown          the best matching variables, at most {@link ConceptCoverageSearch#VARIABLES_SHOWN}
 */
public record RegisterCell(String registerIri, String registerTitleNb, String registerTitleEn, long variables,
        Integer firstYear, Integer lastYear, boolean stillCollected, List<CellVariable> shown) {

    public RegisterCell {
        shown = List.copyOf(shown);
    }

    /** A matching variable as the matrix shows it. */
    public record CellVariable(String iri, String notation, String labelNb, String labelEn, Integer firstYear, Integer lastYear) {
    }
}
