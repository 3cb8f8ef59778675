package no.varcat.web.list;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.vocab.Prefixes;

/**
 * The concepts several registers' variables share ({@code disco:RepresentedVariable}, linked from
 * the variables with {@code disco:basedOn}), as the list needs them: by IRI, the concept of a
 * variable, and the variables that share one, at most {@link #MAX_VARIABLES} a concept (a concept
 * such as sex is shared by thousands of variables in a large catalog).
 */
public final class Concepts {

    /** Variables of one concept the list shows and downloads; the page says when there are more. */
    public static final int MAX_VARIABLES = 200;

    private static final String BY_IRI = """
            SELECT ?c ?label ?definition WHERE {
              %s
              ?c a disco:RepresentedVariable .
              OPTIONAL { ?c skos:prefLabel ?label }
              OPTIONAL { ?c skos:definition ?definition }
            }
            """;

    private static final String OF_VARIABLE = """
            SELECT ?c ?label WHERE {
              ?v disco:basedOn ?c .
              ?c a disco:RepresentedVariable .
              OPTIONAL { ?c skos:prefLabel ?label }
            }
            LIMIT 20
            """;

    private static final String VARIABLES = """
            SELECT DISTINCT ?v WHERE { ?v disco:basedOn ?c . ?d disco:variable ?v } LIMIT %d
            """;

    /** A shared concept: its IRI, label and definition. */
    public record Concept(String iri, LocalizedText label, LocalizedText definition) {
    }

    /**
     * The variables of a concept on the list, at most {@link #MAX_VARIABLES}, and whether it has more.
     */
    public record Shared(Concept concept, List<VariableSummary> variables, boolean more) {
    }

    private final CatalogStore store;
    private final VariableRepository variables;

    public Concepts(CatalogStore store, VariableRepository variables) {
        this.store = store;
        this.variables = variables;
    }

    /** The concepts among {@code iris}, in their order; one query. */
    public List<Concept> find(Collection<String> iris) {
        if (!Iris.anyAbsolute(iris)) {
            return List.of();
        }
        Map<String, LocalizedText[]> found = new LinkedHashMap<>();
        store.select(Prefixes.sparqlPrologue() + String.format(BY_IRI, Iris.values("c", iris)), row -> {
            LocalizedText[] texts = found.computeIfAbsent(row.getResource("c").getURI(),
                    c -> new LocalizedText[] {LocalizedText.EMPTY, LocalizedText.EMPTY});
            texts[0] = texts[0].withLiteral(row.get("label"));
            texts[1] = texts[1].withLiteral(row.get("definition"));
        });
        return iris.stream().distinct().filter(found::containsKey)
                .map(iri -> new Concept(iri, found.get(iri)[0], found.get(iri)[1])).toList();
    }

    public Optional<Concept> find(String iri) {
        return find(List.of(iri)).stream().findFirst();
    }

    /** The concept a variable is based on, if any (the first, should a source give several). */
    public Optional<Concept> ofVariable(String variableIri) {
        if (!Iris.isAbsolute(variableIri)) {
            return Optional.empty();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + OF_VARIABLE);
        query.setIri("v", variableIri);
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        store.select(query.toString(), row -> labels.merge(row.getResource("c").getURI(),
                LocalizedText.EMPTY.withLiteral(row.get("label")), (a, b) -> a.withDefaults(b)));
        return labels.entrySet().stream().min(Map.Entry.comparingByKey())
                .map(e -> new Concept(e.getKey(), e.getValue(), LocalizedText.EMPTY));
    }

    /**
     * Each concept with the variables that share it: one bounded query a concept, then their
     * summaries in one query for all.
     */
    public List<Shared> withVariables(List<Concept> concepts) {
        Map<Concept, List<String>> iris = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (Concept concept : concepts) {
            ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue()
                    + String.format(VARIABLES, MAX_VARIABLES + 1));
            query.setIri("c", concept.iri());
            List<String> found = new ArrayList<>();
            store.select(query.toString(), row -> found.add(row.getResource("v").getURI()));
            iris.put(concept, found);
            all.addAll(found.subList(0, Math.min(found.size(), MAX_VARIABLES)));
        }
        Map<String, VariableSummary> summaries = new LinkedHashMap<>();
        variables.findByIris(all).forEach(v -> summaries.put(v.iri(), v));
        List<Shared> shared = new ArrayList<>();
        iris.forEach((concept, found) -> {
            List<VariableSummary> sharing = found.stream().limit(MAX_VARIABLES).map(summaries::get)
                    .filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparing((VariableSummary v) -> v.registerTitle().in("nb"))
                            .thenComparing(VariableSummary::notation))
                    .toList();
            shared.add(new Shared(concept, sharing, found.size() > MAX_VARIABLES));
        });
        return shared;
    }
}
