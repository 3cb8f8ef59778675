package no.varcat.catalog.resource;

import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableDescription;
import no.varcat.vocab.Prefixes;

/**
 * The RDF a resource's URL serves: the resource with the nodes that exist only for it (skolemized
 * blank nodes and hash IRIs under its own), what it is made of (a register's variables with their
 * code lists, a code list's codes, an indicator's measurements, a publisher's registers named),
 * and the document itself, whose {@code foaf:primaryTopic} is the harvested IRI.
 */
public final class ResourceDescriptions {

    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String OWN_NODES = "FILTER(isBlank(?o) || STRSTARTS(STR(?o), \"https://w3id.org/varcat/genid/\") || STRSTARTS(STR(?o), CONCAT(STR(?r), \"#\")))";

    /** A register as its own DISCO/SKOS document: the dataset, its variables and their code lists. */
    private static final String REGISTER = """
            CONSTRUCT { ?r ?p ?o . ?o ?p2 ?o2 . ?v ?vp ?vo . ?scheme ?sp ?so . ?code ?cp ?co . }
            WHERE {
              { ?r ?p ?o . OPTIONAL { ?o ?p2 ?o2 . %s } }
              UNION { ?r disco:variable ?v . ?v ?vp ?vo . }
              UNION { ?r disco:variable/disco:representation ?scheme . ?scheme a skos:ConceptScheme ; ?sp ?so . }
              UNION { ?r disco:variable/disco:representation ?scheme . ?scheme a skos:ConceptScheme . ?code skos:inScheme ?scheme ; ?cp ?co . }
            }
            """.formatted(OWN_NODES);
    private static final String CODE_LIST = """
            CONSTRUCT { ?r ?p ?o . ?code ?cp ?co . }
            WHERE { { ?r ?p ?o } UNION { ?code skos:inScheme ?r ; ?cp ?co . } }
            """;
    private static final String INDICATOR = """
            CONSTRUCT { ?r ?p ?o . ?m ?mp ?mo . }
            WHERE { { ?r ?p ?o } UNION { ?m dqv:isMeasurementOf ?r ; ?mp ?mo . } }
            """;
    private static final String PUBLISHER = """
            CONSTRUCT { ?r ?p ?o . ?o ?p2 ?o2 . ?d dct:publisher ?r ; dct:title ?title . }
            WHERE { { ?r ?p ?o . OPTIONAL { ?o ?p2 ?o2 . %s } } UNION { ?d dct:publisher ?r ; a dcat:Dataset ; dct:title ?title . } }
            """.formatted(OWN_NODES);

    private final CatalogStore store;
    private final VariableDescription variables;

    public ResourceDescriptions(CatalogStore store, VariableDescription variables) {
        this.store = store;
        this.variables = variables;
    }

    /**
     * The description of {@code iri}, a resource of {@code kind} (found by {@link ResourceLookup}),
     * served at {@code documentUrl}; empty when the store has nothing on it.
     */
    public Optional<Model> describe(ResourceKind kind, String iri, String documentUrl) {
        Model model = kind == ResourceKind.VARIABLE ? variables.describe(iri).orElse(null) : construct(kind, iri);
        if (model == null || model.isEmpty()) {
            return Optional.empty();
        }
        model.setNsPrefixes(Prefixes.VARCAT_PREFIXES);
        Resource document = model.createResource(documentUrl)
                .addProperty(RDF.type, model.createResource(FOAF + "Document"))
                .addProperty(model.createProperty(FOAF + "primaryTopic"), model.createResource(iri));
        model.createResource(iri).addProperty(model.createProperty(FOAF + "isPrimaryTopicOf"), document);
        return Optional.of(model);
    }

    private Model construct(ResourceKind kind, String iri) {
        String pattern = switch (kind) {
            case REGISTER -> REGISTER;
            case CODE_LIST -> CODE_LIST;
            case INDICATOR -> INDICATOR;
            case PUBLISHER -> PUBLISHER;
            case VARIABLE -> throw new IllegalArgumentException("Variables are described by VariableDescription");
        };
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + pattern);
        query.setIri("r", iri);
        Model model = ModelFactory.createDefaultModel();
        model.add(store.construct(query.toString()));
        return model;
    }
}
