package no.varcat.catalog.variable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.vocab.Prefixes;

/**
 * The variables that replaced a variable and those it replaced ({@code dct:isReplacedBy} and its
 * inverse {@code dct:replaces}, whichever side a source states), as far as they are in the catalog:
 * where a researcher goes on when a variable ended. A bounded read of one variable's links.
 */
public final class VariableSuccessions {

    /** Links a page shows at most; a variable is replaced by one or a few. */
    public static final int MAX = 20;

    private static final String LINKS = """
            SELECT DISTINCT ?other ?successor WHERE {
              { ?wanted dct:isReplacedBy ?other BIND(true AS ?successor) }
              UNION { ?other dct:replaces ?wanted BIND(true AS ?successor) }
              UNION { ?wanted dct:replaces ?other BIND(false AS ?successor) }
              UNION { ?other dct:isReplacedBy ?wanted BIND(false AS ?successor) }
              FILTER(isIRI(?other) && ?other != ?wanted)
            }
            LIMIT %d
            """;

    /** What replaced a variable, and what it replaced; each in the catalog. */
    public record Succession(List<VariableSummary> successors, List<VariableSummary> predecessors) {

        public Succession {
            successors = List.copyOf(successors);
            predecessors = List.copyOf(predecessors);
        }

        public boolean isEmpty() {
            return successors.isEmpty() && predecessors.isEmpty();
        }
    }

    private final CatalogStore store;
    private final VariableRepository variables;

    public VariableSuccessions(CatalogStore store, VariableRepository variables) {
        this.store = store;
        this.variables = variables;
    }

    public Succession of(String iri) {
        if (!Iris.isAbsolute(iri)) {
            return new Succession(List.of(), List.of());
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + String.format(LINKS, MAX));
        query.setIri("wanted", iri);
        Map<String, Boolean> successor = new LinkedHashMap<>();
        store.select(query.toString(), row -> successor.putIfAbsent(row.getResource("other").getURI(),
                row.getLiteral("successor").getBoolean()));
        if (successor.isEmpty()) {
            return new Succession(List.of(), List.of());
        }
        List<VariableSummary> successors = new ArrayList<>();
        List<VariableSummary> predecessors = new ArrayList<>();
        for (VariableSummary found : variables.findByIris(successor.keySet())) {
            (successor.get(found.iri()) ? successors : predecessors).add(found);
        }
        return new Succession(successors, predecessors);
    }
}
