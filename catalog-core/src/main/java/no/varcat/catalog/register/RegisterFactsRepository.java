package no.varcat.catalog.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.LatestCoverage;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.text.RdfValues;
import no.varcat.vocab.DQV;
import no.varcat.vocab.Prefixes;

/** Reads the {@link RegisterFacts} of every register in a few whole-store queries, or of a few registers, for indexing. */
public final class RegisterFactsRepository {

    private static final String THEMES_AND_MODIFIED = """
            SELECT ?d ?theme ?modified ?keyword WHERE {
              %s
              ?d a dcat:Dataset .
              { ?d dcat:theme ?theme } UNION { ?d healthdcatap:healthTheme ?theme } UNION { ?d dct:modified ?modified }
              UNION { ?d dcat:keyword ?keyword }
            }
            """;

    /** The registers a graph gives coverage rates or quality indicators of. */
    private static final String REGISTERS_WITH_FACTS_IN = """
            SELECT DISTINCT ?d WHERE {
              GRAPH ?g { { ?m dqv:computedOn ?d } UNION { ?i dct:source ?d } }
              ?d a dcat:Dataset .
            }
            """;

    private final CatalogStore store;
    private final CoverageRepository coverage;
    private final QualityIndicatorRepository indicators;

    public RegisterFactsRepository(CatalogStore store, CoverageRepository coverage, QualityIndicatorRepository indicators) {
        this.store = store;
        this.coverage = coverage;
        this.indicators = indicators;
    }

    /** Register IRI to its facts; registers the store says nothing of are missing (use {@link RegisterFacts#NONE}). */
    public Map<String, RegisterFacts> findAll() {
        Map<String, List<CoverageRate>> rates = new HashMap<>();
        for (CoverageRate rate : coverage.findAll()) {
            rates.computeIfAbsent(rate.computedOn(), k -> new ArrayList<>()).add(rate);
        }
        Set<String> withIndicators = new HashSet<>();
        for (QualityIndicator indicator : indicators.findAll()) {
            if (indicator.registerIri() != null) {
                withIndicators.add(indicator.registerIri());
            }
        }
        return facts("", rates, withIndicators);
    }

    /**
     * Like {@link #findAll}, for these registers only: a few queries per register, so keep
     * {@code registerIris} to a batch.
     */
    public Map<String, RegisterFacts> find(Collection<String> registerIris) {
        if (!Iris.anyAbsolute(registerIris)) {
            return Map.of();
        }
        Map<String, List<CoverageRate>> rates = new HashMap<>();
        Set<String> withIndicators = new HashSet<>();
        for (String register : new HashSet<>(registerIris)) {
            rates.put(register, coverage.forResource(register));
            if (indicators.forRegister(register).stream().anyMatch(i -> register.equals(i.registerIri()))) {
                withIndicators.add(register);
            }
        }
        return facts(Iris.values("d", registerIris), rates, withIndicators);
    }

    /**
     * The registers whose coverage rates or quality indicators the named graph (a source's) gives:
     * the work is bounded by that graph, not by the catalog.
     */
    public Set<String> registersWithFactsIn(String graphName) {
        if (!Iris.isAbsolute(graphName)) {
            return Set.of();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + REGISTERS_WITH_FACTS_IN);
        query.setIri("g", graphName);
        Set<String> registers = new TreeSet<>();
        store.select(query.toString(), row -> {
            if (row.get("d").isURIResource()) {
                registers.add(row.getResource("d").getURI());
            }
        });
        return registers;
    }

    /**
     * The registers a source's new graph, not yet stored, gives coverage rates or quality indicators
     * for: the objects of its {@code dqv:computedOn} and {@code dct:source} that are registers, in that
     * graph or in the store. Bounded by the graph.
     */
    public Set<String> registersWithFactsIn(Graph harvested) {
        Set<String> candidates = new TreeSet<>();
        for (Node property : List.of(DQV.computedOn.asNode(), DCTerms.source.asNode())) {
            harvested.find(Node.ANY, property, Node.ANY).forEach(t -> {
                if (t.getObject().isURI() && Iris.isAbsolute(t.getObject().getURI())) {
                    candidates.add(t.getObject().getURI());
                }
            });
        }
        Set<String> registers = new TreeSet<>();
        candidates.stream().filter(d -> harvested.contains(NodeFactory.createURI(d), RDF.type.asNode(), DCAT.Dataset.asNode()))
                .forEach(registers::add);
        List<String> elsewhere = candidates.stream().filter(d -> !registers.contains(d)).toList();
        if (Iris.anyAbsolute(elsewhere)) {
            store.select(Prefixes.sparqlPrologue() + "SELECT ?d WHERE { " + Iris.values("d", elsewhere) + " ?d a dcat:Dataset }",
                    row -> registers.add(row.getResource("d").getURI()));
        }
        return registers;
    }

    private Map<String, RegisterFacts> facts(String values, Map<String, List<CoverageRate>> rates, Set<String> withIndicators) {
        Map<String, Set<String>> themes = new HashMap<>();
        Map<String, LocalDate> modified = new HashMap<>();
        Map<String, Set<String>> keywords = new HashMap<>();
        store.select(new ParameterizedSparqlString(Prefixes.sparqlPrologue() + THEMES_AND_MODIFIED.formatted(values)).toString(), row -> {
            if (!row.get("d").isURIResource()) {
                return;
            }
            String register = row.getResource("d").getURI();
            if (row.get("theme") != null && row.get("theme").isURIResource()) {
                themes.computeIfAbsent(register, k -> new TreeSet<>()).add(row.getResource("theme").getURI());
            }
            String keyword = RdfValues.lexical(row.get("keyword"));
            if (keyword != null && !keyword.isBlank()) {
                keywords.computeIfAbsent(register, k -> new TreeSet<>()).add(keyword.strip());
            }
            LocalDate date = RdfValues.date(row.get("modified"));
            if (date != null) {
                modified.merge(register, date, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        Set<String> registers = new HashSet<>(themes.keySet());
        registers.addAll(modified.keySet());
        registers.addAll(keywords.keySet());
        rates.forEach((register, list) -> {
            if (!list.isEmpty()) {
                registers.add(register);
            }
        });
        registers.addAll(withIndicators);
        Map<String, RegisterFacts> facts = new HashMap<>();
        for (String register : registers) {
            LatestCoverage latest = LatestCoverage.of(rates.getOrDefault(register, List.of())).orElse(null);
            facts.put(register, new RegisterFacts(List.copyOf(themes.getOrDefault(register, Set.of())),
                    latest == null ? null : latest.rate(), latest == null ? null : latest.year(),
                    withIndicators.contains(register), modified.get(register),
                    List.copyOf(keywords.getOrDefault(register, Set.of()))));
        }
        return facts;
    }
}
