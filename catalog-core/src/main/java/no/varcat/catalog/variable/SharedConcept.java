package no.varcat.catalog.variable;

import java.util.List;

import no.varcat.catalog.text.LocalizedText;

/**
 * A concept several registers' variables share ({@code disco:RepresentedVariable}, see docs/model.md),
 * with at most a bounded number of the variables based on it.
 *
 * @param variableIris the variables with {@code disco:basedOn} this concept, at most the limit asked for
 */
public record SharedConcept(String iri, LocalizedText label, List<String> variableIris) {

    public SharedConcept {
        variableIris = List.copyOf(variableIris);
    }
}
