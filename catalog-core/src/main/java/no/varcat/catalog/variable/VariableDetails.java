package no.varcat.catalog.variable;

import java.util.List;

import no.varcat.catalog.text.LocalizedText;

/**
 * A variable with what its page shows beyond the summary.
 *
 * @param codes      its code list, in code order
 * @param population who the variable is recorded for ({@code disco:universe}); empty when not said
 * @param question   the question asked ({@code disco:question}); empty when not said
 * @param unit       the IRI of its unit of measure (QUDT, {@code sdmx-attribute:unitMeasure}); or null
 */
public record VariableDetails(VariableSummary summary, List<Code> codes, LocalizedText population, LocalizedText question,
        String unit) {

    public VariableDetails {
        codes = List.copyOf(codes);
        population = population == null ? LocalizedText.EMPTY : population;
        question = question == null ? LocalizedText.EMPTY : question;
    }

    public VariableDetails(VariableSummary summary, List<Code> codes) {
        this(summary, codes, LocalizedText.EMPTY, LocalizedText.EMPTY, null);
    }

    /** The unit's QUDT name ("KiloGM", "YR"), for its label; null without a unit. */
    public String unitName() {
        return unit == null ? null : unit.substring(Math.max(unit.lastIndexOf('/'), unit.lastIndexOf('#')) + 1);
    }
}
