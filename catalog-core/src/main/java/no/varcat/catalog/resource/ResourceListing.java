package no.varcat.catalog.resource;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ParameterizedSparqlString;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.vocab.Prefixes;

/**
 * The IRIs of what has a URL, for crawlers' sitemaps: the registers with their publishers and
 * indicators, and one register's variables and code lists. Only IRIs, at most {@code limit}, so a
 * sitemap costs what it lists.
 */
public final class ResourceListing {

    private static final String REGISTERS = """
            SELECT DISTINCT ?r ?kind WHERE {
              { ?r a dcat:Dataset . BIND("REGISTER" AS ?kind) }
              UNION { ?d a dcat:Dataset ; dct:publisher ?r . BIND("PUBLISHER" AS ?kind) }
              UNION { ?r a dqv:Metric ; dct:source ?d . ?d a dcat:Dataset . BIND("INDICATOR" AS ?kind) }
            } LIMIT %d
            """;
    private static final String OF_REGISTER = """
            SELECT DISTINCT ?r ?kind WHERE {
              { ?d disco:variable ?r . BIND("VARIABLE" AS ?kind) }
              UNION { ?d disco:variable/disco:representation ?r . ?r a skos:ConceptScheme . BIND("CODE_LIST" AS ?kind) }
            } LIMIT %d
            """;

    private final CatalogStore store;

    public ResourceListing(CatalogStore store) {
        this.store = store;
    }

    /** The registers, their publishers and their quality indicators. */
    public List<Listed> registers(int limit) {
        return select(new ParameterizedSparqlString(Prefixes.sparqlPrologue() + REGISTERS.formatted(limit)));
    }

    /** A register's variables and their code lists. */
    public List<Listed> ofRegister(String registerIri, int limit) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + OF_REGISTER.formatted(limit));
        query.setIri("d", registerIri);
        return select(query);
    }

    /** A resource with a URL, and its kind. */
    public record Listed(ResourceKind kind, String iri) {
    }

    private List<Listed> select(ParameterizedSparqlString query) {
        List<Listed> found = new ArrayList<>();
        store.select(query.toString(), row -> {
            if (row.get("r").isURIResource()) {
                found.add(new Listed(ResourceKind.valueOf(row.getLiteral("kind").getString()), row.getResource("r").getURI()));
            }
        });
        return found;
    }
}
