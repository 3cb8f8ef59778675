package no.varcat.catalog.ddi;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.text.RdfValues;
import no.varcat.vocab.Prefixes;

/**
 * Reads {@link StudyExtras} for one register in one query, a UNION branch per kind: bounded by
 * what one register says about itself, never by its variables.
 */
final class StudyExtrasReader {

    private static final String EXTRAS = """
            SELECT ?keyword ?id ?idNotation ?idAgency ?role ?agent ?agentName ?homepage WHERE {
              { ?d dcat:keyword ?keyword }
              UNION { ?d adms:identifier ?id . ?id skos:notation ?idNotation . OPTIONAL { ?id adms:schemeAgency ?idAgency } }
              UNION { VALUES ?role { dct:creator dct:publisher }
                      ?d ?role ?agent . ?agent foaf:name ?agentName . OPTIONAL { ?agent foaf:homepage ?homepage } }
            }
            ORDER BY ?keyword ?idNotation ?role ?agent ?agentName
            """;

    private final CatalogStore store;

    StudyExtrasReader(CatalogStore store) {
        this.store = store;
    }

    StudyExtras read(String registerIri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + EXTRAS);
        query.setIri("d", registerIri);
        Set<Tagged> keywords = new LinkedHashSet<>();
        Map<String, OtherIdentifier> identifiers = new LinkedHashMap<>();
        Map<String, StudyAgent> producers = new LinkedHashMap<>();
        Map<String, StudyAgent> distributors = new LinkedHashMap<>();
        store.select(query.toString(), row -> {
            tagged(row.get("keyword")).ifPresent(keywords::add);
            String notation = RdfValues.lexical(row.get("idNotation"));
            if (notation != null) {
                identifiers.putIfAbsent(row.get("id").toString() + ' ' + notation,
                        new OtherIdentifier(notation, RdfValues.lexical(row.get("idAgency"))));
            }
            agent(row, producers, distributors);
        });
        return new StudyExtras(List.copyOf(keywords), List.copyOf(identifiers.values()), List.copyOf(producers.values()),
                distributors.values().stream().findFirst().orElse(null));
    }

    /** One agent per IRI, named in bokmål where it has a bokmål name (the codebook's own language). */
    private static void agent(QuerySolution row, Map<String, StudyAgent> producers, Map<String, StudyAgent> distributors) {
        RDFNode role = row.get("role");
        if (role == null) {
            return;
        }
        Map<String, StudyAgent> into = role.asResource().getLocalName().equals("creator") ? producers : distributors;
        String key = row.get("agent").toString();
        tagged(row.get("agentName")).ifPresent(name -> {
            StudyAgent old = into.get(key);
            if (old == null || !isBokmaal(old.name()) && isBokmaal(name)) {
                into.put(key, new StudyAgent(name, RdfValues.lexical(row.get("homepage"))));
            }
        });
    }

    private static boolean isBokmaal(Tagged text) {
        return text.language().equalsIgnoreCase("nb");
    }

    private static Optional<Tagged> tagged(RDFNode node) {
        if (node == null || !node.isLiteral() || node.asLiteral().getLexicalForm().isBlank()) {
            return Optional.empty();
        }
        Literal literal = node.asLiteral();
        return Optional.of(new Tagged(literal.getLexicalForm(), literal.getLanguage()));
    }
}
