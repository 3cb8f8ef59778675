package no.varcat.harvest.codebook;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.vocab.DISCO;

/**
 * A codebook harvested through the standard harvester into an in-memory TDB2 store, and what landed
 * in its source's graph there.
 */
record Harvested(HarvestReport report, Model stored, String register) {

    static final String SOURCE_ID = "codebook";

    /** Harvests {@code location} ({@code file:} allowed) with these settings and reads back the stored graph. */
    static Harvested harvest(URI location, String format, String register, String preset, String columns) {
        try (InMemoryHarvest harvest = new InMemoryHarvest(true)) {
            HarvestReport report = harvest.harvest(new HarvestSource(SOURCE_ID, location, format, "codebook", register, preset, null,
                    columns));
            Model stored = ModelFactory.createDefaultModel();
            stored.add(ModelFactory.createModelForGraph(harvest.store.readGraph(HarvestSource.graphNameFor(SOURCE_ID))));
            return new Harvested(report, stored, register);
        }
    }

    Resource variable(String notation) {
        return stored.createResource(register + "/variable/" + notation);
    }

    int variableCount() {
        return stored.listSubjectsWithProperty(RDF.type, DISCO.Variable).toList().size();
    }

    String label(String notation) {
        Statement label = variable(notation).getProperty(SKOS.prefLabel);
        return label == null ? null : label.getString();
    }

    /** The stored codes of a variable's code list, value to label, in no particular order. */
    Map<String, String> codes(String notation) {
        Map<String, String> codes = new LinkedHashMap<>();
        stored.listSubjectsWithProperty(SKOS.inScheme, stored.createResource(register + "/codelist/" + notation))
                .forEach(code -> codes.put(code.getProperty(SKOS.notation).getString(), code.getProperty(SKOS.prefLabel).getString()));
        return codes;
    }
}
