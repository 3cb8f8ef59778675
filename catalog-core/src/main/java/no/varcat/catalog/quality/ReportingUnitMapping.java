package no.varcat.catalog.quality;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;

/**
 * The one place where {@link ReportingUnit} meets RDF: an organisation (a {@code foaf:Organization}
 * with a {@code foaf:name}) when its IRI is in the Central Coordinating Register for Legal Entities,
 * otherwise a {@code dct:Location} with a {@code foaf:name}.
 */
public final class ReportingUnitMapping {

    static final String BRREG = "https://data.brreg.no/enhetsregisteret/api/enheter/";

    private ReportingUnitMapping() {
    }

    public static void write(ReportingUnit unit, StreamRDF sink) {
        Node node = NodeFactory.createURI(unit.iri());
        Node type = unit.iri().startsWith(BRREG) ? FOAF.Organization.asNode() : DCTerms.Location.asNode();
        sink.triple(RdfTerms.triple(node, RDF.type.asNode(), type));
        sink.triple(RdfTerms.triple(node, FOAF.name.asNode(), NodeFactory.createLiteralLang(unit.name(), "nb")));
    }

    /** Names of the given units that the catalog knows; units it has no name for are left out. */
    public static Map<String, String> names(CatalogStore store, Collection<String> iris) {
        Map<String, String> names = new HashMap<>();
        if (!Iris.anyAbsolute(iris)) {
            return names;
        }
        store.select("SELECT ?u ?name WHERE { " + Iris.values("u", iris) + " ?u <" + FOAF.name.getURI() + "> ?name }",
                row -> names.putIfAbsent(row.getResource("u").getURI(), row.getLiteral("name").getLexicalForm()));
        return names;
    }
}
