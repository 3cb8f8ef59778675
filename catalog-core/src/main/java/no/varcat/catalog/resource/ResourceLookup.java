package no.varcat.catalog.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.vocab.Prefixes;

/** Which harvested IRI a URL's id stands for: one indexed lookup of the id's {@code varcat:pathId}. */
public final class ResourceLookup {

    private static final String TYPED = """
            SELECT ?r WHERE { ?r varcat:pathId ?id . FILTER EXISTS { ?r a ?type } } LIMIT 1
            """;
    private static final String PUBLISHER = """
            SELECT ?r WHERE { ?r varcat:pathId ?id . FILTER EXISTS { ?d dct:publisher ?r } } LIMIT 1
            """;

    private final CatalogStore store;

    public ResourceLookup(CatalogStore store) {
        this.store = store;
    }

    /** Empty for an id of another kind, one of no shape an id has, or one the store does not have. */
    public Optional<String> iri(ResourceKind kind, String id) {
        if (!ResourceIds.isWellFormed(id)) {
            return Optional.empty();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue()
                + (kind == ResourceKind.PUBLISHER ? PUBLISHER : TYPED));
        query.setLiteral("id", id);
        kind.type().ifPresent(type -> query.setIri("type", type.getURI()));
        List<String> found = new ArrayList<>(1);
        store.select(query.toString(), row -> found.add(row.getResource("r").getURI()));
        return found.stream().findFirst();
    }
}
