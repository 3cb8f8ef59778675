package no.varcat.catalog.search;

import no.varcat.catalog.variable.VariableSummary;

/** A variable as stored in the search index; field names match variables-index.json. */
public record VariableDocument(
        String iri,
        String notation,
        String labelNb,
        String labelNn,
        String labelEn,
        String definitionNb,
        String definitionNn,
        String definitionEn,
        String registerIri,
        String registerTitleNb,
        String registerTitleEn,
        Integer firstYear,
        Integer lastYear,
        String representation,
        boolean hasCodeList,
        String valueType,
        String publisherName,
        String publisherNameEn,
        String contentHash) implements IndexedDocument {

    public static VariableDocument from(VariableSummary v) {
        return new VariableDocument(v.iri(), v.notation(),
                v.label().nb(), v.label().nn(), v.label().en(),
                v.definition().nb(), v.definition().nn(), v.definition().en(),
                v.registerIri(), v.registerTitle().in("nb"), v.registerTitle().in("en"),
                v.firstYear(), v.lastYear(), v.representation(), v.hasCodeList(),
                ValueType.of(v.representation(), v.hasCodeList()).param(),
                v.publisherName().isEmpty() ? null : v.publisherName().in("nb"), v.publisherName().en(),
                ContentHash.of(v.iri(), v.notation(), v.label(), v.definition(), v.registerIri(), v.registerTitle(),
                        v.firstYear(), v.lastYear(), v.representation(), v.hasCodeList(), v.publisherName()));
    }
}
