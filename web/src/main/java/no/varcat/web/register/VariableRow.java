package no.varcat.web.register;

import no.varcat.catalog.search.RegisterVariablePage;
import no.varcat.catalog.search.VariableDocument;
import no.varcat.catalog.text.LocalizedText;

/** One line of a register's variable list. Public for the template (SpEL calls methods of public types only). */
public record VariableRow(String iri, String notation, LocalizedText label) {

    static VariableRow of(VariableDocument v) {
        return new VariableRow(v.iri(), v.notation(), new LocalizedText(v.labelNb(), v.labelNn(), v.labelEn()));
    }

    static VariableRow of(RegisterVariablePage.Named v) {
        return new VariableRow(v.iri(), v.notation(), new LocalizedText(v.labelNb(), v.labelNn(), v.labelEn()));
    }
}
