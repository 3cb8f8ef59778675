package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.change.Change;
import no.varcat.catalog.change.ChangeFilter;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.change.ChangeType;
import no.varcat.catalog.change.LoggedChange;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.harvest.HarvestReport.Outcome;

/**
 * The change set of a write: which registers and variables were added, changed and removed, each
 * with its register, publisher and label; and the change log a harvest writes from it.
 */
class ChangeSetTest {

    private static final String R = "https://test.varcat.no/changes/";
    private static final String FHI = "https://data.brreg.no/enhetsregisteret/api/enheter/983744516";
    private static final String PREFIXES = """
            @prefix dcat:  <http://www.w3.org/ns/dcat#> .
            @prefix dct:   <http://purl.org/dc/terms/> .
            @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
            @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
            @prefix foaf:  <http://xmlns.com/foaf/0.1/> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
            @prefix r:     <https://test.varcat.no/changes/> .
            """;

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void eachAddedChangedAndRemovedVariableIsNamedWithItsRegisterPublisherAndLabel() {
        Graph before = graph(register("Register", "r:A, r:B, r:C") + variable("A", "Alder") + variable("B", "Vekt") + variable("C", "Lengde"));
        Graph after = graph(register("Register", "r:A, r:B, r:D") + variable("A", "Alder") + variable("B", "Vekt i gram")
                + variable("D", "Paritet"));

        ChangeSet changes = ChangeSet.between(before, after, harvest.store);

        assertThat(changes.changes()).containsExactly(
                variable(ChangeType.CHANGED, "B", "Vekt i gram"),
                variable(ChangeType.REMOVED, "C", "Lengde"),
                variable(ChangeType.ADDED, "D", "Paritet"));
        assertThat(changes.variables()).isEqualTo(new VariableChanges(1, 1, 1, 1));
    }

    @Test
    void aRegisterChangesWithItsDescriptionNotWithItsVariableList() {
        Graph first = graph(register("Register", "r:A") + variable("A", "Alder"));
        Graph moreVariables = graph(register("Register", "r:A, r:B") + variable("A", "Alder") + variable("B", "Vekt"));
        Graph retitled = graph(register("Omdøpt register", "r:A, r:B") + variable("A", "Alder") + variable("B", "Vekt"));
        Graph empty = GraphFactory.createDefaultGraph();

        assertThat(ChangeSet.between(empty, first, harvest.store).changes()).containsExactly(
                new Change(ChangeType.ADDED, ResourceKind.REGISTER, R + "register", R + "register", FHI, new LocalizedText("Register", null, null)),
                variable(ChangeType.ADDED, "A", "Alder"));
        assertThat(ChangeSet.between(first, moreVariables, harvest.store).changes()).containsExactly(variable(ChangeType.ADDED, "B", "Vekt"));
        assertThat(ChangeSet.between(moreVariables, retitled, harvest.store).changes()).containsExactly(
                new Change(ChangeType.CHANGED, ResourceKind.REGISTER, R + "register", R + "register", FHI,
                        new LocalizedText("Omdøpt register", null, null)));
        // A deleted source: everything goes, and each tombstone keeps the label it had.
        assertThat(ChangeSet.between(retitled, empty, harvest.store).changes()).containsExactly(
                new Change(ChangeType.REMOVED, ResourceKind.REGISTER, R + "register", R + "register", FHI,
                        new LocalizedText("Omdøpt register", null, null)),
                variable(ChangeType.REMOVED, "A", "Alder"),
                variable(ChangeType.REMOVED, "B", "Vekt"));
    }

    @Test
    void thePublisherOfARegisterAnotherSourceDescribesComesFromTheStore() {
        harvest.store.replaceGraph("urn:varcat:source:dcat", graph(register("Register", "r:A") + variable("A", "Alder")));
        // A codebook source adds a variable to that register and says nothing else about it.
        Graph codebook = graph("r:register disco:variable r:K .\n" + variable("K", "Kjønn"));

        assertThat(ChangeSet.between(GraphFactory.createDefaultGraph(), codebook, harvest.store).changes())
                .containsExactly(variable(ChangeType.ADDED, "K", "Kjønn"));
    }

    @Test
    void threeHarvestsLogTheirChangesInOrderEachUnderItsRun() throws IOException {
        Path file = dir.resolve("register.ttl");
        HarvestSource source = new HarvestSource("changes", file.toUri(), "turtle", "Changes");
        ChangeLog log = new ChangeLog(harvest.store);

        Files.writeString(file, PREFIXES + register("Register", "r:A, r:B") + variable("A", "Alder") + variable("B", "Vekt"));
        assertThat(harvest.harvest(source).outcome()).isEqualTo(Outcome.SUCCEEDED);
        Files.writeString(file, PREFIXES + register("Register", "r:A, r:B") + variable("A", "Alder") + variable("B", "Vekt i gram"));
        assertThat(harvest.harvest(source).outcome()).isEqualTo(Outcome.SUCCEEDED);
        // The same content again writes nothing, and logs nothing.
        assertThat(harvest.harvest(source).outcome()).isEqualTo(Outcome.UNCHANGED);
        Files.writeString(file, PREFIXES + register("Register", "r:B") + variable("B", "Vekt i gram"));
        assertThat(harvest.harvest(source).outcome()).isEqualTo(Outcome.SUCCEEDED);

        assertThat(log.lastSequence()).isEqualTo(5);
        List<LoggedChange> logged = new ArrayList<>(log.range(1, 5, ChangeFilter.ALL));
        Collections.reverse(logged);
        assertThat(logged).extracting(LoggedChange::change).containsExactly(
                new Change(ChangeType.ADDED, ResourceKind.REGISTER, R + "register", R + "register", FHI, new LocalizedText("Register", null, null)),
                variable(ChangeType.ADDED, "A", "Alder"),
                variable(ChangeType.ADDED, "B", "Vekt"),
                variable(ChangeType.CHANGED, "B", "Vekt i gram"),
                variable(ChangeType.REMOVED, "A", "Alder"));
        assertThat(logged).extracting(LoggedChange::activity).allSatisfy(run -> assertThat(run).startsWith("urn:varcat:harvest-run:"));
        assertThat(logged.stream().map(LoggedChange::activity).distinct()).hasSize(3);
        assertThat(logged.get(3).id()).isEqualTo(logged.get(3).activity() + ":change:1");
    }

    private static Change variable(ChangeType type, String name, String label) {
        return new Change(type, ResourceKind.VARIABLE, R + name, R + "register", FHI, new LocalizedText(label, null, null));
    }

    private static Graph graph(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(graph);
        return graph;
    }

    private static String register(String title, String variables) {
        return """
                r:register a dcat:Dataset ;
                    dct:identifier "https://test.varcat.no/changes/register" ;
                    dct:title "%s"@nb ;
                    dct:description "Et register for endringer."@nb ;
                    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                    dct:publisher <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> ;
                    dcat:contactPoint r:contact ;
                    disco:variable %s .
                <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> a foaf:Organization ;
                    dct:identifier "983744516" ;
                    foaf:name "Folkehelseinstituttet"@nb .
                r:contact a vcard:Organization ;
                    vcard:fn "Registerkontakt" .
                """.formatted(title, variables);
    }

    private static String variable(String name, String label) {
        return """
                r:%1$s a disco:Variable, skos:Concept ;
                    skos:notation "%1$s" ;
                    skos:prefLabel "%2$s"@nb ;
                    disco:representation xsd:integer .
                """.formatted(name, label);
    }
}
