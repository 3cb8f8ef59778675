package no.varcat.catalog.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;


import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.dcat.CatalogPage;
import no.varcat.catalog.dcat.HydraView;
import no.varcat.catalog.dcat.PageOutOfRangeException;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.variable.VariableDescription;
import no.varcat.vocab.HYDRA;
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

    /**
     * A register as its own DISCO/SKOS document: the dataset without its variable links, then (in
     * {@link #REGISTER_VARIABLES}) one page of its variables, linked, with their code lists.
     */
    private static final String REGISTER = """
            CONSTRUCT { ?r ?p ?o . ?o ?p2 ?o2 . }
            WHERE { ?r ?p ?o . FILTER(?p != disco:variable) OPTIONAL { ?o ?p2 ?o2 . %s } }
            """.formatted(OWN_NODES);
    private static final String REGISTER_VARIABLES = """
            CONSTRUCT { ?r disco:variable ?v . ?v ?vp ?vo . ?scheme ?sp ?so . ?code ?cp ?co . }
            WHERE {
              %s
              ?r disco:variable ?v .
              { ?v ?vp ?vo . }
              UNION { ?v disco:representation ?scheme . ?scheme a skos:ConceptScheme ; ?sp ?so . }
              UNION { ?v disco:representation ?scheme . ?scheme a skos:ConceptScheme . ?code skos:inScheme ?scheme ; ?cp ?co . }
            }
            """;
    private static final String VARIABLE_COUNT = "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?r disco:variable ?v }";
    /** Technical name, then IRI: pages that neither overlap nor miss a variable without a name. */
    private static final String VARIABLE_PAGE = """
            SELECT DISTINCT ?v ?name WHERE { ?r disco:variable ?v . OPTIONAL { ?v skos:notation ?n } BIND(STR(COALESCE(?n, "")) AS ?name) }
            ORDER BY ?name STR(?v) LIMIT %d OFFSET %d
            """;

    /**
     * Variables in one page of a register's document: with their code lists, some 200 KB of Turtle
     * for the generated catalog's registers (codes and all), well under 1 MB in any syntax offered.
     */
    public static final int VARIABLES_PER_PAGE = 200;
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
     * served at {@code documentUrl}; empty when the store has nothing on it. A register's is the first
     * page of its variables ({@link #VARIABLES_PER_PAGE}), which for most registers is all of them.
     */
    public Optional<Model> describe(ResourceKind kind, String iri, String documentUrl) {
        return describe(kind, iri, documentUrl, 1, VARIABLES_PER_PAGE, n -> documentUrl + "?page=" + n);
    }

    /**
     * The same, with page {@code page} of {@code size} of a register's variables (the page is ignored
     * for other kinds). A register of more than one page says so in Hydra, as {@code /catalog} does:
     * {@code hydra:totalItems} (its variables) and a {@code hydra:PartialCollectionView} with
     * first, last, next and previous, at the addresses {@code pageAddress} gives.
     *
     * @throws PageOutOfRangeException for a page past the last (an empty register has one, empty, page)
     */
    public Optional<Model> describe(ResourceKind kind, String iri, String documentUrl, int page, int size,
            IntFunction<String> pageAddress) {
        Model model = switch (kind) {
            case VARIABLE -> variables.describe(iri).orElse(null);
            case REGISTER -> register(iri, page, size, pageAddress);
            default -> construct(kind, iri);
        };
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
            case CODE_LIST -> CODE_LIST;
            case INDICATOR -> INDICATOR;
            case PUBLISHER -> PUBLISHER;
            case REGISTER, VARIABLE -> throw new IllegalArgumentException(kind + " is described with its parts");
        };
        Model model = ModelFactory.createDefaultModel();
        model.add(store.construct(query(pattern, iri)));
        return model;
    }

    /** The register, page {@code number} of its variables with their code lists, and where the page sits. */
    private Model register(String iri, int number, int size, IntFunction<String> pageAddress) {
        Model model = ModelFactory.createDefaultModel();
        model.add(store.construct(query(REGISTER, iri)));
        if (model.isEmpty()) {
            return model;
        }
        long[] total = {0};
        store.select(query(VARIABLE_COUNT, iri), row -> total[0] = row.getLiteral("n").getLong());
        CatalogPage page = new CatalogPage(number, size, total[0]);
        List<String> onPage = new ArrayList<>();
        store.select(query(VARIABLE_PAGE.formatted(size, page.offset()), iri), row -> onPage.add(row.getResource("v").getURI()));
        if (Iris.anyAbsolute(onPage)) {
            model.add(store.construct(query(REGISTER_VARIABLES.formatted(Iris.values("v", onPage)), iri)));
        }
        if (page.paged()) {
            hydraView(model, model.createResource(iri), page, pageAddress);
        }
        return model;
    }

    private static void hydraView(Model model, Resource register, CatalogPage page, IntFunction<String> pageIri) {
        model.setNsPrefix("hydra", HYDRA.NS);
        HydraView.add(model, register, page, pageIri);
    }

    private static String query(String pattern, String iri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + pattern);
        query.setIri("r", iri);
        return query.toString();
    }
}
