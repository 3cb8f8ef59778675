package no.varcat.catalog.variable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.ParameterizedSparqlString;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.vocab.Prefixes;

/** Reads a shared concept and the variables based on it, a bounded number of them, in one query. */
public final class SharedConceptRepository {

    /** The concept's labels in one branch, at most %d of its variables in the other. */
    private static final String CONCEPT = """
            SELECT ?label ?v WHERE {
              { ?c skos:prefLabel ?label }
              UNION { SELECT ?v WHERE { ?v disco:basedOn ?c } ORDER BY ?v LIMIT %d }
            }
            """;

    private final CatalogStore store;

    public SharedConceptRepository(CatalogStore store) {
        this.store = store;
    }

    /** The concept with at most {@code limit} of its variables; empty when the store has neither a label nor a variable of it. */
    public Optional<SharedConcept> find(String iri, int limit) {
        if (!Iris.isAbsolute(iri) || iri.indexOf('>') >= 0) {
            return Optional.empty();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + CONCEPT.formatted(Math.max(1, limit)));
        query.setIri("c", iri);
        AtomicReference<LocalizedText> label = new AtomicReference<>(LocalizedText.EMPTY);
        List<String> variables = new ArrayList<>();
        store.select(query.toString(), row -> {
            label.set(label.get().withLiteral(row.get("label")));
            if (row.get("v") != null && row.get("v").isURIResource()) {
                variables.add(row.getResource("v").getURI());
            }
        });
        if (label.get().isEmpty() && variables.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SharedConcept(iri, label.get(), variables));
    }
}
