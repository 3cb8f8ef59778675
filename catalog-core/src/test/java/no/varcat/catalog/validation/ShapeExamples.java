package no.varcat.catalog.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;

/** Minimal valid examples of the profile (test resources beside this class) and how to break them. */
final class ShapeExamples {

    /** For every node shape, the minimal example that shows it satisfied. */
    static final Map<String, String> VALID_EXAMPLE_OF_SHAPE = Map.ofEntries(
            Map.entry("CatalogShape", "catalog"),
            Map.entry("RegisterShape", "register"),
            Map.entry("PublisherShape", "catalog"),
            Map.entry("ContactPointShape", "contact-point"),
            Map.entry("PeriodOfTimeShape", "period-of-time"),
            Map.entry("VariableShape", "variable"),
            Map.entry("VariablePeriodShape", "variable"),
            Map.entry("CodeListShape", "code-list"),
            Map.entry("CodeShape", "code"),
            Map.entry("CoverageMeasurementShape", "coverage-measurement"),
            Map.entry("QualityIndicatorShape", "quality-indicator"),
            Map.entry("IndicatorMeasurementShape", "indicator-measurement"),
            Map.entry("HarvestRunShape", "harvest-run"));

    // The prefixes of the examples, for the SPARQL updates that break them.
    private static final String PROLOGUE = """
            PREFIX rdf:            <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd:            <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcat:           <http://www.w3.org/ns/dcat#>
            PREFIX dct:            <http://purl.org/dc/terms/>
            PREFIX foaf:           <http://xmlns.com/foaf/0.1/>
            PREFIX vcard:          <http://www.w3.org/2006/vcard/ns#>
            PREFIX skos:           <http://www.w3.org/2004/02/skos/core#>
            PREFIX disco:          <http://rdf-vocabulary.ddialliance.org/discovery#>
            PREFIX healthdcatap:   <http://healthdataportal.eu/ns/health#>
            PREFIX dqv:            <http://www.w3.org/ns/dqv#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            PREFIX prov:           <http://www.w3.org/ns/prov#>
            PREFIX varcat:         <https://w3id.org/varcat/ns#>
            PREFIX ex:             <https://test.varcat.no/>
            """;

    private ShapeExamples() {
    }

    /** The example {@code name}.ttl, parsed strictly. */
    static Graph load(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeExamples.class.getResourceAsStream(name + ".ttl")) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name + ".ttl beside " + ShapeExamples.class);
            }
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The example after a SPARQL update, written with the examples' prefixes. */
    static Graph broken(String name, String update) {
        Graph graph = load(name);
        UpdateAction.parseExecute(PROLOGUE + update, graph);
        return graph;
    }
}
