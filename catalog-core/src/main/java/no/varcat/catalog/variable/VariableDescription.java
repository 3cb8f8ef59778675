package no.varcat.catalog.variable;

import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.vocab.Prefixes;

/**
 * The RDF of one variable, as a linked-data client wants it: its own triples, those of the nodes
 * that exist only for it (blank nodes the harvester skolemized into genid IRIs, and hash IRIs under
 * the variable's own, such as its period), and its code list with the codes in it and their periods. Other resources
 * it links to (concepts, matches in other registers) are named, not described.
 */
public final class VariableDescription {

    private static final String GENID = "https://w3id.org/varcat/genid/";

    private static final String DESCRIBE = """
            CONSTRUCT {
              ?v ?p ?o .
              ?o ?p2 ?o2 .
              ?scheme ?sp ?so .
              ?code ?cp ?co .
            } WHERE {
              { ?v ?p ?o .
                OPTIONAL { ?o ?p2 ?o2 . FILTER(isBlank(?o) || STRSTARTS(STR(?o), ?genid) || STRSTARTS(STR(?o), CONCAT(STR(?v), "#"))) } }
              UNION
              { ?v disco:representation ?scheme . ?scheme a skos:ConceptScheme ; ?sp ?so . }
              UNION
              { ?v disco:representation ?scheme . ?scheme a skos:ConceptScheme . ?code skos:inScheme ?scheme ; ?cp ?co . }
              UNION
              { ?v disco:representation ?scheme . ?scheme a skos:ConceptScheme . ?code skos:inScheme ?scheme ; dct:temporal ?o .
                ?o ?p2 ?o2 . FILTER(isBlank(?o) || STRSTARTS(STR(?o), ?genid) || STRSTARTS(STR(?o), CONCAT(STR(?code), "#"))) }
            }
            """;

    private final CatalogStore store;

    public VariableDescription(CatalogStore store) {
        this.store = store;
    }

    /** Empty when the store has no variable by that IRI (something else by that IRI is not described here). */
    public Optional<Model> describe(String iri) {
        if (!Iris.isAbsolute(iri)) {
            return Optional.empty();
        }
        ParameterizedSparqlString exists = new ParameterizedSparqlString(Prefixes.sparqlPrologue()
                + "CONSTRUCT { ?v a disco:Variable } WHERE { ?d disco:variable ?v }");
        exists.setIri("v", iri);
        if (store.construct(exists.toString()).isEmpty()) {
            return Optional.empty();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + DESCRIBE);
        query.setIri("v", iri);
        query.setLiteral("genid", GENID);
        Model model = store.construct(query.toString());
        model.setNsPrefixes(Prefixes.VARCAT_PREFIXES);
        return Optional.of(model);
    }
}
