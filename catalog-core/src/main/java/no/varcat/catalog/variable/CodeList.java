package no.varcat.catalog.variable;

import java.util.List;

import no.varcat.catalog.text.LocalizedText;

/** A code list ({@code skos:ConceptScheme}) with its codes in code order. */
public record CodeList(String iri, LocalizedText label, List<Code> codes) {

    public CodeList {
        codes = List.copyOf(codes);
    }
}
