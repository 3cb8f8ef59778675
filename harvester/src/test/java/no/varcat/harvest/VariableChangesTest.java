package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.harvest.HarvestReport.Outcome;

/** A successful run counts the variables it added, changed, found as they were and removed; the log keeps the counts. */
class VariableChangesTest {

    private static final String PREFIXES = """
            @prefix dcat:  <http://www.w3.org/ns/dcat#> .
            @prefix dct:   <http://purl.org/dc/terms/> .
            @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
            @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
            @prefix foaf:  <http://xmlns.com/foaf/0.1/> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
            @prefix varcat: <https://w3id.org/varcat/ns/> .
            @prefix r:     <https://test.varcat.no/counts/> .
            """;
    private static final String REGISTER = """
            r:register a dcat:Dataset ;
                dct:identifier "https://test.varcat.no/counts/register" ;
                dct:title "Telleregister"@nb, "Count register"@en ;
                dct:description "Et register for tellinger."@nb ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                dct:publisher <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> ;
                dcat:contactPoint r:contact ;
                disco:variable %s .
            <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> a foaf:Organization ;
                dct:identifier "983744516" ;
                foaf:name "Folkehelseinstituttet"@nb .
            r:contact a vcard:Organization ;
                vcard:fn "Registerkontakt" .
            """;

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void theFirstHarvestAddsEveryVariableAndTheNextCountsWhatHappenedToEach() throws IOException {
        Path file = dir.resolve("register.ttl");
        HarvestSource source = new HarvestSource("counts", file.toUri(), "turtle", "Counts");
        Files.writeString(file, register(variable("ALDER", "Alder"), variable("VEKT", "Vekt"), codedVariable("KJONN", "Gutt"),
                variable("LENGDE", "Lengde")));

        HarvestReport first = harvest.harvest(source);

        assertThat(first.outcome()).as("%s", first.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(first.issues()).isEmpty();
        assertThat(first.variables()).isEqualTo(new VariableChanges(4, 0, 0, 0));

        // KJONN changes only in a code of its code list; LENGDE goes; PARITET comes.
        Files.writeString(file, register(variable("ALDER", "Alder"), variable("VEKT", "Vekt"), codedVariable("KJONN", "Gutt (mann)"),
                variable("PARITET", "Paritet")));

        HarvestReport second = harvest.harvest(source);

        assertThat(second.outcome()).as("%s", second.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(second.variables()).isEqualTo(new VariableChanges(1, 1, 2, 1));
        assertThat(second.variables().total()).isEqualTo(4);

        List<HarvestReport> runs = new HarvestHistory(harvest.store).runs("counts");
        assertThat(runs).extracting(HarvestReport::variables)
                .containsExactly(new VariableChanges(1, 1, 2, 1), new VariableChanges(4, 0, 0, 0));
    }

    @Test
    void failedAndUnchangedRunsHaveNoCounts() throws IOException {
        Path file = dir.resolve("register.ttl");
        HarvestSource source = new HarvestSource("counts", file.toUri(), "turtle", "Counts");
        Files.writeString(file, register(variable("ALDER", "Alder")));
        harvest.harvest(source);

        HarvestReport same = harvest.harvest(source);
        Files.writeString(file, "@prefix broken");
        HarvestReport failed = harvest.harvest(source);

        assertThat(same.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(same.variables()).isEqualTo(VariableChanges.NONE);
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(new HarvestHistory(harvest.store).runs("counts")).extracting(HarvestReport::variables)
                .containsExactly(VariableChanges.NONE, new VariableChanges(1, 0, 0, 0));
    }

    @Test
    void aVariablesSkolemisedAndOwnPartsAreItsContentButASharedConceptIsNot() {
        Graph before = skolemised("""
                r:A a disco:Variable ; skos:notation "A" ; dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2000-01-01"^^xsd:date ] .
                r:B a disco:Variable ; skos:notation "B" ; varcat:summaryStatistic <https://test.varcat.no/counts/B/stat/mean> .
                <https://test.varcat.no/counts/B/stat/mean> skos:notation "1.5" .
                r:C a disco:Variable ; skos:notation "C" ; disco:concept r:concept .
                r:concept skos:prefLabel "Begrep"@nb .
                """);
        Graph after = skolemised("""
                r:A a disco:Variable ; skos:notation "A" ; dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2001-01-01"^^xsd:date ] .
                r:B a disco:Variable ; skos:notation "B" ; varcat:summaryStatistic <https://test.varcat.no/counts/B/stat/mean> .
                <https://test.varcat.no/counts/B/stat/mean> skos:notation "1.7" .
                r:C a disco:Variable ; skos:notation "C" ; disco:concept r:concept .
                r:concept skos:prefLabel "Et annet begrep"@nb .
                """);

        assertThat(VariableComparison.compare(before, after)).isEqualTo(new VariableChanges(0, 2, 1, 0));
        assertThat(VariableComparison.compare(after, after)).isEqualTo(new VariableChanges(0, 0, 3, 0));
        assertThat(VariableComparison.compare(GraphFactory.createDefaultGraph(), after)).isEqualTo(new VariableChanges(3, 0, 0, 0));
        assertThat(VariableComparison.compare(after, GraphFactory.createDefaultGraph())).isEqualTo(new VariableChanges(0, 0, 0, 3));
    }

    @Test
    void aCodesPeriodIsPartOfItsVariable() {
        String code = """
                r:D a disco:Variable ; skos:notation "D" ; disco:representation r:codelist-D .
                r:codelist-D a skos:ConceptScheme .
                r:code-D-1 a skos:Concept ; skos:notation "1" ; skos:inScheme r:codelist-D ; dct:temporal <https://test.varcat.no/counts/code-D-1#period> .
                <https://test.varcat.no/counts/code-D-1#period> a dct:PeriodOfTime ; dcat:endDate "%s"^^xsd:date .
                """;

        assertThat(VariableComparison.compare(skolemised(code.formatted("2011-12-31")), skolemised(code.formatted("2012-12-31"))))
                .isEqualTo(new VariableChanges(0, 1, 0, 0));
    }

    private static Graph skolemised(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(graph);
        return Skolemizer.skolemize(graph, "counts");
    }

    private static String register(String... variables) {
        StringBuilder turtle = new StringBuilder(PREFIXES);
        StringBuilder names = new StringBuilder();
        for (String variable : variables) {
            String name = variable.substring(variable.indexOf("r:") + 2, variable.indexOf(' '));
            names.append(names.isEmpty() ? "" : ", ").append("r:").append(name);
            turtle.append(variable);
        }
        return turtle.append(REGISTER.formatted(names)).toString();
    }

    private static String variable(String name, String label) {
        return """
                r:%1$s a disco:Variable, skos:Concept ;
                    skos:notation "%1$s" ;
                    skos:prefLabel "%2$s"@nb ;
                    disco:representation xsd:integer .
                """.formatted(name, label);
    }

    /** A variable with its own code list, whose first code is labelled {@code boy}. */
    private static String codedVariable(String name, String boy) {
        return """
                r:%1$s a disco:Variable, skos:Concept ;
                    skos:notation "%1$s" ;
                    skos:prefLabel "Kjønn"@nb ;
                    disco:representation r:codelist-%1$s .
                r:codelist-%1$s a skos:ConceptScheme ;
                    skos:prefLabel "Kjønn"@nb .
                r:code-%1$s-1 a skos:Concept ; skos:notation "1" ; skos:prefLabel "%2$s"@nb ; skos:inScheme r:codelist-%1$s .
                r:code-%1$s-2 a skos:Concept ; skos:notation "2" ; skos:prefLabel "Jente"@nb ; skos:inScheme r:codelist-%1$s .
                """.formatted(name, boy);
    }
}
