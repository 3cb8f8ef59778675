package no.varcat.catalog.variable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.text.RdfValues;
import no.varcat.vocab.Prefixes;

/** Reads variables (disco:Variable linked from a register with disco:variable) from the store. */
public final class VariableRepository {

    private static final String SUMMARY_PATTERN = """
            SELECT ?v ?notation ?label ?definition ?d ?dTitle ?publisherName ?start ?end ?repr ?isScheme ?modified WHERE {
              ?d disco:variable ?v .
              ?v skos:notation ?notation .
              OPTIONAL { ?v skos:prefLabel ?label }
              OPTIONAL { ?v skos:definition ?definition }
              OPTIONAL { ?d dct:title ?dTitle }
              OPTIONAL { ?d dct:publisher/foaf:name ?publisherName }
              OPTIONAL { ?v dct:temporal ?t . OPTIONAL { ?t dcat:startDate ?start } OPTIONAL { ?t dcat:endDate ?end } }
              OPTIONAL { ?v disco:representation ?repr . BIND(EXISTS { ?repr a skos:ConceptScheme } AS ?isScheme) }
              OPTIONAL { ?v dct:modified ?modified }
              %s
            }
            """;

    /** What the variable page adds to the summary: population, question, unit; one per UNION branch. */
    private static final String DESCRIPTION = """
            SELECT ?population ?question ?unit WHERE {
              { ?v disco:universe/skos:definition ?population }
              UNION { ?v disco:question/disco:questionText ?question }
              UNION { ?v sdmx-attribute:unitMeasure ?unit }
            }
            """;

    private static final String CODES = """
            SELECT ?code ?notation ?label ?missing WHERE {
              %s
              ?scheme a skos:ConceptScheme .
              ?code skos:inScheme ?scheme ; skos:notation ?notation .
              OPTIONAL { ?code skos:prefLabel ?label }
              OPTIONAL { ?code varcat:missingValue ?missing }
            }
            """;

    /** One row for a code list, then one more for each of its labels. */
    private static final String CODE_LIST = """
            SELECT ?label WHERE { ?scheme a skos:ConceptScheme . OPTIONAL { ?scheme skos:prefLabel ?label } }
            """;

    /** Variables linked to ?wanted, by a shared concept or a SKOS match in either direction. */
    private static final String RELATED = """
            SELECT DISTINCT ?other ?relation WHERE {
              { ?wanted disco:basedOn ?c . ?other disco:basedOn ?c . BIND("SAME_CONCEPT" AS ?relation) }
              UNION { ?wanted skos:exactMatch ?other . BIND("EXACT_MATCH" AS ?relation) }
              UNION { ?other skos:exactMatch ?wanted . BIND("EXACT_MATCH" AS ?relation) }
              UNION { ?wanted skos:closeMatch ?other . BIND("CLOSE_MATCH" AS ?relation) }
              UNION { ?other skos:closeMatch ?wanted . BIND("CLOSE_MATCH" AS ?relation) }
              ?d disco:variable ?other .
              FILTER(?other != ?wanted)
            }
            """;

    private final CatalogStore store;

    public VariableRepository(CatalogStore store) {
        this.store = store;
    }

    public List<VariableSummary> findAll() {
        return summaries(String.format(SUMMARY_PATTERN, ""), Map.of());
    }

    /** The variables of one register, by technical name. */
    public List<VariableSummary> findByRegister(String registerIri) {
        if (!Iris.isAbsolute(registerIri)) {
            return List.of();
        }
        List<VariableSummary> found = new ArrayList<>(summaries(String.format(SUMMARY_PATTERN, "FILTER(?d = ?wanted)"),
                Map.of("wanted", registerIri)));
        found.sort(java.util.Comparator.comparing(VariableSummary::notation, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    /** Variables elsewhere that mean the same or nearly the same, strongest relation first. */
    public List<RelatedVariable> related(String iri) {
        if (!Iris.isAbsolute(iri)) {
            return List.of();
        }
        Map<String, RelatedVariable.Relation> strongest = new LinkedHashMap<>();
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + RELATED);
        query.setIri("wanted", iri);
        store.select(query.toString(), row -> strongest.merge(row.getResource("other").getURI(),
                RelatedVariable.Relation.valueOf(row.getLiteral("relation").getLexicalForm()),
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
        if (strongest.isEmpty()) {
            return List.of();
        }
        List<RelatedVariable> related = new ArrayList<>();
        for (VariableSummary v : summaries(String.format(SUMMARY_PATTERN, Iris.values("v", strongest.keySet())), Map.of())) {
            related.add(new RelatedVariable(v, strongest.get(v.iri())));
        }
        related.sort(java.util.Comparator.comparing(RelatedVariable::relation)
                .thenComparing(r -> r.variable().registerTitle().in("nb")));
        return related;
    }

    public Optional<VariableDetails> find(String iri) {
        if (!Iris.isAbsolute(iri)) {
            return Optional.empty();
        }
        List<VariableSummary> found = summaries(String.format(SUMMARY_PATTERN, "FILTER(?v = ?wanted)"), Map.of("wanted", iri));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(described(found.get(0), codes(iri)));
    }

    /** The variable's population, question and unit, each where the source gives it. */
    private VariableDetails described(VariableSummary summary, List<Code> codes) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + DESCRIPTION);
        query.setIri("v", summary.iri());
        DescriptionBuilder description = new DescriptionBuilder();
        store.select(query.toString(), description::add);
        return new VariableDetails(summary, codes, description.population, description.question, description.unit);
    }

    /** Collects the rows of {@link #DESCRIPTION}, one language or unit a row. */
    private static final class DescriptionBuilder {
        private LocalizedText population = LocalizedText.EMPTY;
        private LocalizedText question = LocalizedText.EMPTY;
        private String unit;

        void add(QuerySolution row) {
            population = population.withLiteral(row.get("population"));
            question = question.withLiteral(row.get("question"));
            if (row.get("unit") != null && row.get("unit").isURIResource()) {
                unit = row.getResource("unit").getURI();
            }
        }
    }

    private List<VariableSummary> summaries(String pattern, Map<String, String> iris) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + pattern);
        iris.forEach(query::setIri);
        Map<String, VariableBuilder> byIri = new LinkedHashMap<>();
        store.select(query.toString(), row -> byIri
                .computeIfAbsent(row.getResource("v").getURI(), VariableBuilder::new)
                .add(row));
        return byIri.values().stream().map(VariableBuilder::build).toList();
    }

    /** A code list ({@code skos:ConceptScheme}) by its IRI, with its codes in code order. */
    public Optional<CodeList> findCodeList(String iri) {
        if (!Iris.isAbsolute(iri)) {
            return Optional.empty();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + CODE_LIST);
        query.setIri("scheme", iri);
        LocalizedText[] label = {null};
        store.select(query.toString(), row -> label[0] = (label[0] == null ? LocalizedText.EMPTY : label[0]).withLiteral(row.get("label")));
        if (label[0] == null) {
            return Optional.empty();
        }
        ParameterizedSparqlString codes = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + String.format(CODES, ""));
        codes.setIri("scheme", iri);
        return Optional.of(new CodeList(iri, label[0], codes(codes)));
    }

    private List<Code> codes(String variableIri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue()
                + String.format(CODES, "?v disco:representation ?scheme ."));
        query.setIri("v", variableIri);
        return codes(query);
    }

    private List<Code> codes(ParameterizedSparqlString query) {
        Map<String, Code> byIri = new LinkedHashMap<>();
        store.select(query.toString(), row -> {
            String iri = row.getResource("code").getURI();
            Code old = byIri.getOrDefault(iri, new Code(row.getLiteral("notation").getLexicalForm(), LocalizedText.EMPTY, false));
            boolean missing = old.missing() || isTrue(row.get("missing"));
            byIri.put(iri, new Code(old.notation(), old.label().withLiteral(row.get("label")), missing));
        });
        List<Code> codes = new ArrayList<>(byIri.values());
        codes.sort((a, b) -> compareNotations(a.notation(), b.notation()));
        return codes;
    }

    private static boolean isTrue(RDFNode flag) {
        return flag != null && flag.isLiteral() && flag.asLiteral().getValue() instanceof Boolean b && b;
    }

    /** Numeric codes in numeric order (2 before 10), others alphabetically after them. */
    private static int compareNotations(String a, String b) {
        boolean an = a.matches("\\d{1,9}");
        boolean bn = b.matches("\\d{1,9}");
        if (an && bn) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return an ? -1 : bn ? 1 : a.compareTo(b);
    }

    /** Collects the rows OPTIONAL patterns multiply for one variable. */
    private static final class VariableBuilder {
        private final String iri;
        private String notation;
        private LocalizedText label = LocalizedText.EMPTY;
        private LocalizedText definition = LocalizedText.EMPTY;
        private String registerIri;
        private LocalizedText registerTitle = LocalizedText.EMPTY;
        private Integer firstYear;
        private Integer lastYear;
        private String representation;
        private boolean hasCodeList;
        private LocalizedText publisherName = LocalizedText.EMPTY;
        private LocalDate modified;

        VariableBuilder(String iri) {
            this.iri = iri;
        }

        void add(QuerySolution row) {
            if (notation == null) {
                notation = row.getLiteral("notation").getLexicalForm();
                registerIri = row.getResource("d").getURI();
            }
            label = label.withLiteral(row.get("label"));
            definition = definition.withLiteral(row.get("definition"));
            registerTitle = registerTitle.withLiteral(row.get("dTitle"));
            publisherName = publisherName.withLiteral(row.get("publisherName"));
            firstYear = firstYear != null ? firstYear : RdfValues.year(row.get("start"));
            lastYear = lastYear != null ? lastYear : RdfValues.year(row.get("end"));
            LocalDate date = RdfValues.date(row.get("modified"));
            modified = modified == null || date != null && date.isAfter(modified) ? date : modified;
            if (representation == null && row.get("repr") != null && row.get("repr").isURIResource()) {
                representation = row.getResource("repr").getURI();
                hasCodeList = row.getLiteral("isScheme").getBoolean();
            }
        }

        VariableSummary build() {
            return new VariableSummary(iri, notation, label, definition, registerIri, registerTitle,
                    firstYear, lastYear, representation, hasCodeList, publisherName, modified);
        }
    }
}
