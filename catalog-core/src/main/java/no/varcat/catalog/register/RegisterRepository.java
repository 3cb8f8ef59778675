package no.varcat.catalog.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.text.RdfValues;
import no.varcat.vocab.Prefixes;

/** Reads registers ({@code dcat:Dataset}) from the store. */
public final class RegisterRepository {

    /** What a register says of itself, as both summary queries read it. */
    private static final String OWN_STATEMENTS = """
              OPTIONAL { ?d dct:identifier ?identifier }
              OPTIONAL { ?d dct:title ?title }
              OPTIONAL { ?d dct:description ?description }
              OPTIONAL { ?d dct:publisher/foaf:name ?publisherName }
              OPTIONAL { ?d dcat:keyword ?keyword }
            """;

    /**
     * Variables are counted in a sub-select so that the OPTIONAL language rows do not multiply them;
     * the registers wanted ({@code %s}, a VALUES block) are named inside it, since a grouped sub-select
     * is evaluated whole before anything outside it joins: a filter after it had every register's
     * variables counted, the whole catalog, to show one register or index a batch.
     */
    private static final String SUMMARIES = """
            SELECT ?d ?identifier ?title ?description ?publisherName ?variables ?keyword WHERE {
              { SELECT ?d (COUNT(DISTINCT ?v) AS ?variables) WHERE {
                  %s
                  ?d a dcat:Dataset .
                  OPTIONAL { ?d disco:variable ?v }
                } GROUP BY ?d }
            """ + OWN_STATEMENTS + "}";

    /** {@link #SUMMARIES} without the count: one register's own statements, however many variables it has. */
    private static final String UNCOUNTED = """
            SELECT ?d ?identifier ?title ?description ?publisherName ?keyword WHERE {
              %s
              ?d a dcat:Dataset .
            """ + OWN_STATEMENTS + "}";

    private static final String VARIABLE_COUNT = """
            SELECT (COUNT(DISTINCT ?v) AS ?variables) WHERE { ?d disco:variable ?v }
            """;

    private static final String DETAILS = """
            SELECT ?contactName ?email ?access ?start ?end ?landing ?records ?population WHERE {
              OPTIONAL { ?d dcat:contactPoint ?c . OPTIONAL { ?c vcard:fn ?contactName } OPTIONAL { ?c vcard:hasEmail ?email } }
              OPTIONAL { ?d dct:accessRights ?access }
              OPTIONAL { ?d dct:temporal ?t . OPTIONAL { ?t dcat:startDate ?start } OPTIONAL { ?t dcat:endDate ?end } }
              OPTIONAL { ?d dcat:landingPage ?landing }
              OPTIONAL { ?d healthdcatap:numberOfRecords ?records }
              OPTIONAL { ?d healthdcatap:populationCoverage ?population }
            }
            """;

    private static final String LEGAL_BASES = """
            SELECT ?basis ?label ?source WHERE {
              ?d dcatno:legalBasisForProcessing ?basis .
              OPTIONAL { ?basis skos:prefLabel ?label }
              OPTIONAL { ?basis dct:source ?source }
            }
            ORDER BY ?basis
            """;

    private static final String THEMES = """
            SELECT DISTINCT ?theme WHERE { ?d dcat:theme ?theme } ORDER BY ?theme
            """;

    private final CatalogStore store;

    public RegisterRepository(CatalogStore store) {
        this.store = store;
    }

    public List<RegisterSummary> findAll() {
        return summaries(SUMMARIES, "");
    }

    /** The registers with these IRIs, as {@link #findAll} has them; one query, so keep {@code iris} to a batch. */
    public List<RegisterSummary> findByIris(java.util.Collection<String> iris) {
        if (!Iris.anyAbsolute(iris)) {
            return List.of();
        }
        return summaries(SUMMARIES, Iris.values("d", iris));
    }

    /**
     * One register with everything its page shows, except how many variables it has (the summary's
     * count is null): counting reads every variable of the register, 40 ms for 40,000, so a page asks
     * the search index, and {@link #countVariables} is there for when it cannot.
     */
    public Optional<RegisterDetails> find(String iri) {
        if (!Iris.isAbsolute(iri)) {
            return Optional.empty();
        }
        List<RegisterSummary> found = summaries(UNCOUNTED, Iris.values("d", List.of(iri)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DetailsBuilder details = new DetailsBuilder();
        store.select(bound(DETAILS, iri), details::add);
        Map<String, LegalBasis> bases = new LinkedHashMap<>();
        store.select(bound(LEGAL_BASES, iri), row -> {
            String key = row.get("basis").toString();
            LegalBasis old = bases.getOrDefault(key, new LegalBasis(LocalizedText.EMPTY, null));
            String source = old.source() != null ? old.source() : RdfValues.lexical(row.get("source"));
            bases.put(key, new LegalBasis(old.label().withLiteral(row.get("label")), source));
        });
        List<String> themes = new ArrayList<>();
        store.select(bound(THEMES, iri), row -> themes.add(row.get("theme").toString()));
        return Optional.of(details.build(found.get(0), List.copyOf(bases.values()), themes));
    }

    /** How many variables the register links: reads every one of them, so not for a page while the index can answer. */
    public long countVariables(String registerIri) {
        if (!Iris.isAbsolute(registerIri)) {
            return 0;
        }
        long[] count = {0};
        store.select(bound(VARIABLE_COUNT, registerIri), row -> count[0] = row.getLiteral("variables").getLong());
        return count[0];
    }

    private static String bound(String pattern, String registerIri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + pattern);
        query.setIri("d", registerIri);
        return query.toString();
    }

    /**
     * @param query  {@link #SUMMARIES} or {@link #UNCOUNTED}
     * @param wanted a VALUES block of ?d, or "" for every register
     */
    private List<RegisterSummary> summaries(String query, String wanted) {
        Map<String, RegisterBuilder> byIri = new LinkedHashMap<>();
        store.select(Prefixes.sparqlPrologue() + query.replace("%s", wanted), row -> {
            if (row.get("d").isURIResource()) {
                byIri.computeIfAbsent(row.getResource("d").getURI(), RegisterBuilder::new).add(row);
            }
        });
        return byIri.values().stream().map(RegisterBuilder::build).toList();
    }

    /** Collects the rows the OPTIONAL patterns multiply for one register's details. */
    private static final class DetailsBuilder {
        private String contactName;
        private String email;
        private String access;
        private Integer start;
        private Integer end;
        private String landing;
        private Long records;
        private LocalizedText population = LocalizedText.EMPTY;

        void add(QuerySolution row) {
            contactName = contactName != null ? contactName : RdfValues.lexical(row.get("contactName"));
            String mail = RdfValues.lexical(row.get("email"));
            email = email != null || mail == null ? email : mail.replaceFirst("^mailto:", "");
            access = access != null ? access : RdfValues.lexical(row.get("access"));
            start = start != null ? start : RdfValues.year(row.get("start"));
            end = end != null ? end : RdfValues.year(row.get("end"));
            landing = landing != null ? landing : RdfValues.lexical(row.get("landing"));
            if (records == null && row.get("records") != null && row.get("records").isLiteral()) {
                records = row.getLiteral("records").getLong();
            }
            population = population.withLiteral(row.get("population"));
        }

        RegisterDetails build(RegisterSummary summary, List<LegalBasis> bases, List<String> themes) {
            return new RegisterDetails(summary, contactName, email, access, bases, start, end, landing, records, population, themes);
        }
    }

    /** Collects the rows the OPTIONAL patterns multiply for one register. */
    private static final class RegisterBuilder {
        private final String iri;
        private String identifier;
        private LocalizedText title = LocalizedText.EMPTY;
        private LocalizedText description = LocalizedText.EMPTY;
        private LocalizedText publisherName = LocalizedText.EMPTY;
        private Integer variableCount;
        private final java.util.Set<String> keywords = new java.util.TreeSet<>();

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
            if (row.get("variables") != null) {
                variableCount = row.getLiteral("variables").getInt();
            }
            if (row.get("keyword") != null && row.get("keyword").isLiteral()) {
                keywords.add(row.getLiteral("keyword").getLexicalForm().strip());
            }
        }

        RegisterSummary build() {
            String publisher = publisherName.isEmpty() ? null : publisherName.in("nb");
            return new RegisterSummary(iri, identifier, title, description, publisher, variableCount, List.copyOf(keywords));
        }

    }
}
