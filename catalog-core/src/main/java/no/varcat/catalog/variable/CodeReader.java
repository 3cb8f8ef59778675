package no.varcat.catalog.variable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import no.varcat.vocab.Prefixes;

/** Reads code lists and their codes for {@link VariableRepository}: a list by its IRI, or the lists of many variables in one query. */
final class CodeReader {

    private static final String CODES = """
            SELECT ?v ?code ?notation ?label ?missing ?period ?from ?until ?schemaFrom ?schemaUntil WHERE {
              %s
              ?v disco:representation ?scheme .
              ?scheme a skos:ConceptScheme .
              ?code skos:inScheme ?scheme ; skos:notation ?notation .
              OPTIONAL { ?code skos:prefLabel ?label }
              OPTIONAL { ?code varcat:missingValue ?missing }
              OPTIONAL { ?code dct:temporal|dct:valid ?period .
                         OPTIONAL { ?period dcat:startDate ?from } OPTIONAL { ?period dcat:endDate ?until } }
              OPTIONAL { ?code <http://schema.org/validFrom>|<https://schema.org/validFrom> ?schemaFrom }
              OPTIONAL { ?code <http://schema.org/validThrough>|<https://schema.org/validThrough> ?schemaUntil }
            }
            """;

    /** One row for a code list, then one more for each of its labels. */
    private static final String CODE_LIST = """
            SELECT ?label WHERE { ?scheme a skos:ConceptScheme . OPTIONAL { ?scheme skos:prefLabel ?label } }
            """;

    private static final String SCHEME_CODES = """
            SELECT ?code ?notation ?label ?missing ?period ?from ?until ?schemaFrom ?schemaUntil WHERE {
              ?code skos:inScheme ?scheme ; skos:notation ?notation .
              OPTIONAL { ?code skos:prefLabel ?label }
              OPTIONAL { ?code varcat:missingValue ?missing }
              OPTIONAL { ?code dct:temporal|dct:valid ?period .
                         OPTIONAL { ?period dcat:startDate ?from } OPTIONAL { ?period dcat:endDate ?until } }
              OPTIONAL { ?code <http://schema.org/validFrom>|<https://schema.org/validFrom> ?schemaFrom }
              OPTIONAL { ?code <http://schema.org/validThrough>|<https://schema.org/validThrough> ?schemaUntil }
            }
            """;

    private final CatalogStore store;

    CodeReader(CatalogStore store) {
        this.store = store;
    }

    /** A code list ({@code skos:ConceptScheme}) by its IRI, with its codes in code order. */
    Optional<CodeList> codeList(String iri) {
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
        ParameterizedSparqlString codes = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + SCHEME_CODES);
        codes.setIri("scheme", iri);
        Map<String, Code> byIri = new LinkedHashMap<>();
        store.select(codes.toString(), row -> addCode(byIri, row));
        return Optional.of(new CodeList(iri, label[0], inCodeOrder(byIri.values())));
    }

    /** The code lists of the variables, each in code order, by variable IRI. */
    Map<String, List<Code>> ofVariables(List<String> variableIris) {
        Map<String, Map<String, Code>> byVariable = new HashMap<>();
        store.select(Prefixes.sparqlPrologue() + String.format(CODES, Iris.values("v", variableIris)), row ->
                addCode(byVariable.computeIfAbsent(row.getResource("v").getURI(), v -> new LinkedHashMap<>()), row));
        Map<String, List<Code>> sorted = new HashMap<>();
        byVariable.forEach((variable, byIri) -> sorted.put(variable, inCodeOrder(byIri.values())));
        return sorted;
    }

    /**
     * Folds one row into the codes by IRI: the rows OPTIONAL labels multiply add languages, a missing
     * flag sticks, the first dates found stay (a period's dates before schema.org's and DCMI's).
     */
    private static void addCode(Map<String, Code> byIri, QuerySolution row) {
        String iri = row.getResource("code").getURI();
        Code old = byIri.getOrDefault(iri, new Code(row.getLiteral("notation").getLexicalForm(), LocalizedText.EMPTY, false));
        boolean missing = old.missing() || isTrue(row.get("missing"));
        LocalDate from = first(old.validFrom(), CodeValidity.start(row.get("from")), CodeValidity.start(row.get("schemaFrom")),
                CodeValidity.dcmiStart(row.get("period")));
        LocalDate until = first(old.validUntil(), CodeValidity.end(row.get("until")), CodeValidity.end(row.get("schemaUntil")),
                CodeValidity.dcmiEnd(row.get("period")));
        byIri.put(iri, new Code(old.notation(), old.label().withLiteral(row.get("label")), missing, from, until));
    }

    private static LocalDate first(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** By notation; one value used by several codes over time in the order they came into force. */
    private static List<Code> inCodeOrder(java.util.Collection<Code> codes) {
        List<Code> sorted = new ArrayList<>(codes);
        sorted.sort(Comparator.<Code, String>comparing(Code::notation, CodeReader::compareNotations)
                .thenComparing(Code::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(sorted);
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
}
