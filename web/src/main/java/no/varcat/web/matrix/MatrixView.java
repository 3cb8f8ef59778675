package no.varcat.web.matrix;

import java.util.List;

/**
 * The coverage matrix as the page shows it: a column per concept, a row per register holding any of
 * them, those holding all first.
 *
 * @param holdingAll        rows holding every concept
 * @param leftOutByCoverage registers holding a concept that the minimum coverage left out
 * @param truncated         whether more registers hold a concept than the matrix reads
 */
public record MatrixView(List<ConceptHeading> concepts, List<MatrixRow> rows, int holdingAll, int leftOutByCoverage,
        boolean truncated) {

    static final MatrixView EMPTY = new MatrixView(List.of(), List.of(), 0, 0, false);

    /**
     * A column.
     *
     * @param label  the term as asked, or the shared concept's label
     * @param shared whether it is a shared concept (by IRI) rather than a term
     * @param known  false for an IRI the catalog has no concept for
     */
    public record ConceptHeading(String asked, String label, boolean shared, boolean known) {
    }

    /**
     * A register.
     *
     * @param cells        one per concept, in the columns' order
     * @param coverage     the coverage rates over the years wanted ("99,3–99,7 %"), or null when the register has none then
     * @param coverageYears the years those rates are of ("2015–2020"), or null
     * @param variableIris the variables shown in the cells, which "add to the list" adds
     */
    public record MatrixRow(String registerIri, String href, String title, List<MatrixCell> cells, int held, boolean holdsAll,
            String coverage, String coverageYears, List<String> variableIris) {
    }

    /**
     * What a register holds of one concept.
     *
     * @param variables how many of its variables match (more than shown when over the limit)
     * @param years     the years they span ("1967–", "2013–2020"), or null when none gives them
     */
    public record MatrixCell(boolean held, long variables, String years, List<CellVariable> shown) {

        static final MatrixCell NONE = new MatrixCell(false, 0, null, List.of());
    }

    /** A matching variable, with its page and years. */
    public record CellVariable(String iri, String href, String label, String notation, String years) {
    }
}
