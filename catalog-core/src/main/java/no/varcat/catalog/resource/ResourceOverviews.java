package no.varcat.catalog.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

import no.varcat.catalog.resource.ResourceOverview.Link;
import no.varcat.catalog.resource.ResourceOverview.Row;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.text.RdfValues;
import no.varcat.vocab.Prefixes;

/**
 * Reads the pages of code lists, quality indicators and publishers: one query for the resource,
 * one for its rows, one for what refers to it; each bounded by the resource, not the catalog.
 */
public final class ResourceOverviews {

    private static final int MAX_ROWS = 2_000;

    private static final String NAMES = """
            SELECT ?title ?description WHERE {
              { ?r skos:prefLabel|dct:title|foaf:name|rdfs:label ?title } UNION { ?r skos:definition|dct:description ?description }
            }
            """;
    private static final String CODES = """
            SELECT ?key ?label ?missing WHERE {
              ?code skos:inScheme ?r ; skos:notation ?key .
              OPTIONAL { ?code skos:prefLabel ?label } OPTIONAL { ?code varcat:missingValue ?missing }
            } ORDER BY ?key LIMIT %d
            """.formatted(MAX_ROWS);
    private static final String CODE_LIST_USERS = """
            SELECT ?link ?label WHERE { ?link disco:representation ?r . OPTIONAL { ?link skos:prefLabel ?label } } LIMIT %d
            """.formatted(MAX_ROWS);
    private static final String MEASUREMENTS = """
            SELECT ?key ?unit ?unitName ?value WHERE {
              ?m dqv:isMeasurementOf ?r ; dqv:value ?value ; sdmx-dimension:refPeriod ?key .
              OPTIONAL { ?m sdmx-dimension:refArea ?unit OPTIONAL { ?unit foaf:name|rdfs:label|skos:prefLabel ?unitName } }
            } ORDER BY DESC(?key) ?unit LIMIT %d
            """.formatted(MAX_ROWS);
    private static final String INDICATOR_REGISTER = """
            SELECT ?link ?label WHERE { ?r dct:source ?link . ?link a dcat:Dataset . OPTIONAL { ?link dct:title ?label } }
            """;
    private static final String PUBLISHED = """
            SELECT ?link ?label WHERE { ?link dct:publisher ?r ; a dcat:Dataset . OPTIONAL { ?link dct:title ?label } } LIMIT %d
            """.formatted(MAX_ROWS);

    private final CatalogStore store;

    public ResourceOverviews(CatalogStore store) {
        this.store = store;
    }

    /** For {@link ResourceKind#CODE_LIST}, {@link ResourceKind#INDICATOR} and {@link ResourceKind#PUBLISHER}. */
    public Optional<ResourceOverview> find(ResourceKind kind, String iri) {
        LocalizedText[] names = {LocalizedText.EMPTY, LocalizedText.EMPTY};
        select(NAMES, iri, row -> {
            names[0] = names[0].withLiteral(row.get("title"));
            names[1] = names[1].withLiteral(row.get("description"));
        });
        return switch (kind) {
            case CODE_LIST -> Optional.of(new ResourceOverview(kind, iri, names[0], names[1], null, codes(iri),
                    links(CODE_LIST_USERS, iri, ResourceKind.VARIABLE)));
            case INDICATOR -> Optional.of(new ResourceOverview(kind, iri, names[0], names[1],
                    links(INDICATOR_REGISTER, iri, ResourceKind.REGISTER).stream().findFirst().orElse(null),
                    measurements(iri), List.of()));
            case PUBLISHER -> Optional.of(new ResourceOverview(kind, iri, names[0], names[1], null, List.of(),
                    links(PUBLISHED, iri, ResourceKind.REGISTER)));
            case REGISTER, VARIABLE -> Optional.empty();
        };
    }

    private List<Row> codes(String iri) {
        Map<String, Row> rows = new LinkedHashMap<>();
        select(CODES, iri, row -> {
            String key = RdfValues.lexical(row.get("key"));
            Row before = rows.get(key);
            LocalizedText label = (before == null ? LocalizedText.EMPTY : before.label()).withLiteral(row.get("label"));
            RDFNode missing = row.get("missing");
            boolean isMissing = missing != null && missing.isLiteral() && missing.asLiteral().getBoolean()
                    || before != null && before.value() != null;
            rows.put(key, new Row(key, label, isMissing ? "missing" : null, null));
        });
        return List.copyOf(rows.values());
    }

    private List<Row> measurements(String iri) {
        List<Row> rows = new ArrayList<>();
        select(MEASUREMENTS, iri, row -> {
            RDFNode unit = row.get("unit");
            LocalizedText unitName = LocalizedText.EMPTY.withLiteral(row.get("unitName"));
            if (unitName.isEmpty() && unit != null) {
                unitName = unitName.withDefault("nb", unit.isURIResource() ? unit.asResource().getURI() : RdfValues.lexical(unit));
            }
            rows.add(new Row(RdfValues.lexical(row.get("key")), unitName, RdfValues.lexical(row.get("value")), null));
        });
        return rows;
    }

    private List<Link> links(String pattern, String iri, ResourceKind kind) {
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        select(pattern, iri, row -> labels.merge(row.getResource("link").getURI(),
                LocalizedText.EMPTY.withLiteral(row.get("label")),
                ResourceOverviews::merge));
        return labels.entrySet().stream().map(e -> new Link(kind, e.getKey(), e.getValue())).toList();
    }

    private static LocalizedText merge(LocalizedText a, LocalizedText b) {
        return a.withDefaults(b);
    }

    private void select(String pattern, String iri, java.util.function.Consumer<QuerySolution> row) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + pattern);
        query.setIri("r", iri);
        store.select(query.toString(), row);
    }
}
