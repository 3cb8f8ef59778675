package no.varcat.catalog.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.vocab.Prefixes;

/** Reads registers ({@code dcat:Dataset}) from the store. */
public final class RegisterRepository {

    // Variables are counted in a sub-select so that the OPTIONAL language rows do not multiply them.
    private static final String SUMMARIES = """
            SELECT ?d ?identifier ?title ?description ?publisherName ?variables WHERE {
              { SELECT ?d (COUNT(DISTINCT ?v) AS ?variables) WHERE {
                  ?d a dcat:Dataset .
                  OPTIONAL { ?d disco:variable ?v }
                } GROUP BY ?d }
              OPTIONAL { ?d dct:identifier ?identifier }
              OPTIONAL { ?d dct:title ?title }
              OPTIONAL { ?d dct:description ?description }
              OPTIONAL { ?d dct:publisher/foaf:name ?publisherName }
            }
            """;

    private final CatalogStore store;

    public RegisterRepository(CatalogStore store) {
        this.store = store;
    }

    public List<RegisterSummary> findAll() {
        Map<String, RegisterBuilder> byIri = new LinkedHashMap<>();
        store.select(Prefixes.sparqlPrologue() + SUMMARIES, row -> {
            if (row.get("d").isURIResource()) {
                byIri.computeIfAbsent(row.getResource("d").getURI(), RegisterBuilder::new).add(row);
            }
        });
        return byIri.values().stream().map(RegisterBuilder::build).toList();
    }

    /** Collects the rows the OPTIONAL patterns multiply for one register. */
    private static final class RegisterBuilder {
        private final String iri;
        private String identifier;
        private LocalizedText title = LocalizedText.EMPTY;
        private LocalizedText description = LocalizedText.EMPTY;
        private LocalizedText publisherName = LocalizedText.EMPTY;
        private int variableCount;

        RegisterBuilder(String iri) {
            this.iri = iri;
        }

        void add(QuerySolution row) {
            if (identifier == null && row.get("identifier") != null && row.get("identifier").isLiteral()) {
                identifier = row.getLiteral("identifier").getLexicalForm();
            }
            title = title.withLiteral(row.get("title"));
            description = description.withLiteral(row.get("description"));
            publisherName = publisherName.withLiteral(row.get("publisherName"));
            variableCount = row.getLiteral("variables").getInt();
        }

        RegisterSummary build() {
            String publisher = publisherName.isEmpty() ? null : publisherName.in("nb");
            return new RegisterSummary(iri, identifier, title, description, publisher, variableCount);
        }

    }
}
