package no.varcat.catalog.variable;

import static no.varcat.catalog.variable.VariableQueries.SUMMARY_PATTERN;
import static no.varcat.catalog.variable.VariableQueries.DESCRIPTION;
import static no.varcat.catalog.variable.VariableQueries.REGISTER_ORDER;
import static no.varcat.catalog.variable.VariableQueries.REGISTER_OFFSET_PAGE;
import static no.varcat.catalog.variable.VariableQueries.REGISTERS_WITH_VARIABLES;
import static no.varcat.catalog.variable.VariableQueries.REGISTER_COUNT;
import static no.varcat.catalog.variable.VariableQueries.RELATED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.text.RdfValues;
import no.varcat.vocab.Prefixes;

/** Reads variables (disco:Variable linked from a register with disco:variable) from the store. */
public final class VariableRepository {

    /** Related variables a page shows at most; the rest are as many searches away. */
    public static final int MAX_RELATED = 50;

    private final CatalogStore store;
    private final CodeReader codes;

    public VariableRepository(CatalogStore store) {
        this.store = store;
        this.codes = new CodeReader(store);
    }

    public List<VariableSummary> findAll() {
        return summaries(String.format(SUMMARY_PATTERN, ""), Map.of());
    }

    /**
     * Every variable {@link #findAll} has, {@code pageSize} at a time: register by register, each
     * register's in notation order as {@link #forEachPageOfRegister} reads them (a page does not
     * run across two registers). Never more than one register's IRIs are held, so a rebuild of the
     * index at a million variables fits in the heap.
     */
    public void forEachPage(int pageSize, Consumer<List<VariableSummary>> page) {
        List<String> registers = new ArrayList<>();
        store.select(Prefixes.sparqlPrologue() + REGISTERS_WITH_VARIABLES, row -> {
            if (row.get("d").isURIResource()) {
                registers.add(row.getResource("d").getURI());
            }
        });
        for (String register : registers) {
            forEachPageOfRegister(register, pageSize, page);
        }
    }

    /**
     * The variables with these IRIs, as {@link #findAll} has them, in the order of {@code iris}; those
     * the store lacks are missing. One query (the IRIs as a VALUES block), so keep {@code iris} to a batch.
     */
    public List<VariableSummary> findByIris(java.util.Collection<String> iris) {
        if (!Iris.anyAbsolute(iris)) {
            return List.of();
        }
        return inOrder(iris, summaries(String.format(SUMMARY_PATTERN, Iris.values("v", iris)), Map.of()));
    }

    /**
     * The variables with these IRIs with their details (codes, population, question, unit), in the
     * order of {@code iris}; those the store lacks are left out. Three queries whatever the number
     * (the summaries, the codes, the rest, each with the IRIs as a VALUES block), so keep {@code iris}
     * to what one page shows.
     */
    public List<VariableDetails> findDetailsByIris(java.util.Collection<String> iris) {
        return details(findByIris(iris));
    }

    /** The summaries in the order of {@code iris}. */
    private static List<VariableSummary> inOrder(java.util.Collection<String> iris, List<VariableSummary> found) {
        Map<String, VariableSummary> byIri = new HashMap<>();
        found.forEach(v -> byIri.put(v.iri(), v));
        return iris.stream().distinct().map(byIri::get).filter(Objects::nonNull).toList();
    }

    /**
     * Hands a register's variables to {@code page} a page of {@code pageSize} at a time, in notation
     * order, without their details: for work that must visit the whole register, such as indexing it.
     */
    public void forEachPageOfRegister(String registerIri, int pageSize, Consumer<List<VariableSummary>> page) {
        if (!Iris.isAbsolute(registerIri) || pageSize < 1) {
            return;
        }
        pagesOfRegister(registerIri, pageSize, page);
    }

    /** How many variables (with a technical name) a register has. */
    public long countOfRegister(String registerIri) {
        if (!Iris.isAbsolute(registerIri)) {
            return 0;
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + REGISTER_COUNT);
        query.setIri("d", registerIri);
        long[] count = {0};
        store.select(query.toString(), row -> count[0] = row.getLiteral("count").getLong());
        return count[0];
    }

    /**
     * {@code size} variables of a register with their details, in notation order, from {@code offset}:
     * a page by number, in a few queries whatever the register's size (the store still orders the
     * register's technical names to find where the page starts).
     */
    public List<VariableDetails> pageOfRegister(String registerIri, long offset, int size) {
        List<String> iris = irisOfRegisterPage(registerIri, offset, size);
        if (iris.isEmpty()) {
            return List.of();
        }
        List<VariableSummary> summaries = inOrder(iris, summaries(String.format(SUMMARY_PATTERN,
                Iris.values("v", iris) + " FILTER(?d = ?wanted)"), Map.of("wanted", registerIri)));
        return details(summaries);
    }

    /**
     * The IRIs of {@code size} variables of a register from {@code offset}, in the notation order of
     * {@link #pageOfRegister}: one query, though the store orders the register's technical names to
     * find where the page starts.
     */
    public List<String> irisOfRegisterPage(String registerIri, long offset, int size) {
        if (!Iris.isAbsolute(registerIri) || size < 1 || offset < 0) {
            return List.of();
        }
        ParameterizedSparqlString page = new ParameterizedSparqlString(Prefixes.sparqlPrologue()
                + String.format(REGISTER_OFFSET_PAGE, size, offset));
        page.setIri("d", registerIri);
        List<String> iris = new ArrayList<>();
        store.select(page.toString(), row -> iris.add(row.getResource("v").getURI()));
        return iris;
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
        return related(iri, MAX_RELATED);
    }

    /**
     * At most {@code limit} variables related to this one (mapped to it, or on the same concept),
     * the closest relations first: a bounded read however many variables share its concept.
     */
    public List<RelatedVariable> related(String iri, int limit) {
        if (!Iris.isAbsolute(iri) || limit < 1) {
            return List.of();
        }
        Map<String, RelatedVariable.Relation> strongest = new LinkedHashMap<>();
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + String.format(RELATED, limit));
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
        return Optional.of(details(found.subList(0, 1)).get(0));
    }

    /**
     * Hands every variable of a register with its details to {@code each}, in notation order, reading
     * {@code pageSize} variables at a time: a register of any size costs a few bounded queries per page
     * and never sits in memory as a whole.
     */
    public void forEachOfRegister(String registerIri, int pageSize, Consumer<VariableDetails> each) {
        if (!Iris.isAbsolute(registerIri) || pageSize < 1) {
            return;
        }
        pagesOfRegister(registerIri, pageSize, summaries -> details(summaries).forEach(each));
    }

    /**
     * The register's variable IRIs in one ordered query, then their summaries {@code pageSize} at a
     * time (a VALUES block each): one pass over the register, however many pages. The IRIs alone are
     * held, not the variables.
     */
    private void pagesOfRegister(String registerIri, int pageSize, Consumer<List<VariableSummary>> each) {
        ParameterizedSparqlString order = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + REGISTER_ORDER);
        order.setIri("d", registerIri);
        List<String> all = new ArrayList<>();
        store.select(order.toString(), row -> all.add(row.getResource("v").getURI()));
        List<String> distinct = all.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += pageSize) {
            List<String> iris = distinct.subList(from, Math.min(distinct.size(), from + pageSize));
            Map<String, VariableSummary> byIri = new HashMap<>();
            summaries(String.format(SUMMARY_PATTERN, Iris.values("v", iris) + " FILTER(?d = ?wanted)"),
                    Map.of("wanted", registerIri)).forEach(summary -> byIri.put(summary.iri(), summary));
            each.accept(iris.stream().map(byIri::get).filter(Objects::nonNull).toList());
        }
    }

    /** The summaries with their codes, population, question and unit: two queries for the lot. */
    private List<VariableDetails> details(List<VariableSummary> summaries) {
        if (summaries.isEmpty()) {
            return List.of();
        }
        List<String> iris = summaries.stream().map(VariableSummary::iri).toList();
        Map<String, List<Code>> codes = this.codes.ofVariables(iris);
        Map<String, DescriptionBuilder> descriptions = new HashMap<>();
        store.select(Prefixes.sparqlPrologue() + String.format(DESCRIPTION, Iris.values("v", iris)), row -> descriptions
                .computeIfAbsent(row.getResource("v").getURI(), iri -> new DescriptionBuilder()).add(row));
        List<VariableDetails> details = new ArrayList<>();
        for (VariableSummary summary : summaries) {
            DescriptionBuilder description = descriptions.getOrDefault(summary.iri(), new DescriptionBuilder());
            details.add(new VariableDetails(summary, codes.getOrDefault(summary.iri(), List.of()), description.population,
                    description.question, description.unit));
        }
        return details;
    }

    /** Collects the rows of {@link VariableQueries#DESCRIPTION}, one language or unit a row. */
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
        Map<String, RegisterNames> registers = new HashMap<>();
        store.select(query.toString(), row -> {
            if (row.get("v") == null) {
                registers.computeIfAbsent(row.getResource("d").getURI(), iri -> new RegisterNames()).add(row);
            } else {
                byIri.computeIfAbsent(row.getResource("v").getURI(), VariableBuilder::new).add(row);
            }
        });
        return byIri.values().stream()
                .map(v -> v.build(registers.getOrDefault(v.registerIri, RegisterNames.NONE)))
                .toList();
    }

    /** A register's titles and publisher names, from the rows of {@link VariableQueries#SUMMARY_PATTERN} without a variable. */
    private static final class RegisterNames {
        static final RegisterNames NONE = new RegisterNames();

        private LocalizedText title = LocalizedText.EMPTY;
        private LocalizedText publisherName = LocalizedText.EMPTY;

        void add(QuerySolution row) {
            title = title.withLiteral(row.get("dTitle"));
            publisherName = publisherName.withLiteral(row.get("publisherName"));
        }
    }

    /** A code list ({@code skos:ConceptScheme}) by its IRI, with its codes in code order. */
    public Optional<CodeList> findCodeList(String iri) {
        return codes.codeList(iri);
    }

    /** Collects the rows OPTIONAL patterns multiply for one variable. */
    private static final class VariableBuilder {
        private final String iri;
        private String notation;
        private LocalizedText label = LocalizedText.EMPTY;
        private LocalizedText definition = LocalizedText.EMPTY;
        private String registerIri;
        private Integer firstYear;
        private Integer lastYear;
        private String representation;
        private boolean hasCodeList;
        private LocalDate modified;
        private String temporality;
        private String unitType;

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
            firstYear = firstYear != null ? firstYear : RdfValues.year(row.get("start"));
            lastYear = lastYear != null ? lastYear : RdfValues.year(row.get("end"));
            LocalDate date = RdfValues.date(row.get("modified"));
            modified = modified == null || date != null && date.isAfter(modified) ? date : modified;
            temporality = temporality != null ? temporality : iri(row, "temporality");
            unitType = unitType != null ? unitType : iri(row, "unitType");
            if (representation == null && row.get("repr") != null && row.get("repr").isURIResource()) {
                representation = row.getResource("repr").getURI();
                hasCodeList = row.getLiteral("isScheme").getBoolean();
            }
        }

        VariableSummary build(RegisterNames register) {
            return new VariableSummary(iri, notation, label, definition, registerIri, register.title,
                    firstYear, lastYear, representation, hasCodeList, register.publisherName, modified, temporality, unitType);
        }

        private static String iri(QuerySolution row, String name) {
            return row.get(name) != null && row.get(name).isURIResource() ? row.getResource(name).getURI() : null;
        }
    }
}
