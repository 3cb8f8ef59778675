package no.varcat.catalog.variable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;

/** Codes dated in each way an RDF source may date them, the code list of a year and what changed, and successors. */
class CodesOverTimeTest {

    private static final String CAUSE = "https://test.varcat.no/dar/CAUSE";
    private static final String CAUSE_NEW = "https://test.varcat.no/dar/CAUSE_NEW";

    private Tdb2CatalogStore store;
    private VariableRepository variables;

    @BeforeEach
    void load() throws Exception {
        store = Tdb2CatalogStore.inMemory();
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = getClass().getResourceAsStream("codes-over-time.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        }
        store.replaceGraph("urn:varcat:source:dar", graph);
        variables = new VariableRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsEachCodesDaysFromAPeriodSchemaOrgOrADcmiPeriod() {
        var codes = variables.find(CAUSE).orElseThrow().codes();

        assertThat(codes).extracting(Code::notation).containsExactly("1", "2", "3", "4", "4");
        assertThat(codes.get(0).dated()).isFalse();
        assertThat(codes.get(1).validFrom()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(codes.get(1).validUntil()).isEqualTo(LocalDate.of(1995, 12, 31));
        assertThat(codes.get(2).validFrom()).isEqualTo(LocalDate.of(1996, 1, 1));
        assertThat(codes.get(2).validUntil()).isNull();
        assertThat(codes.get(3).validFrom()).isNull();
        assertThat(codes.get(3).validUntil()).as("a year as an end is its last day").isEqualTo(LocalDate.of(2004, 12, 31));
        assertThat(codes.get(4).validFrom()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(codes.get(4).validUntil()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void givesTheCodeListOfAYearAndWhatChangedBetweenTwo() {
        CodeTimeline timeline = new CodeTimeline(variables.find(CAUSE).orElseThrow().codes());

        assertThat(timeline.dated()).isTrue();
        assertThat(timeline.inForce(1993)).extracting(c -> c.label().in("nb"))
                .containsExactly("Kreft", "Hjertesykdom", "Ulykke");
        assertThat(timeline.inForce(2010)).extracting(c -> c.label().in("nb"))
                .containsExactly("Kreft", "Iskemisk hjertesykdom", "Ulykker og skader");

        CodeTimeline.Changes changes = timeline.between(1993, 2010);
        assertThat(changes.added()).extracting(Code::notation).containsExactly("3");
        assertThat(changes.removed()).extracting(Code::notation).containsExactly("2");
        assertThat(changes.relabelled()).singleElement().satisfies(r -> {
            assertThat(r.before().label().in("nb")).isEqualTo("Ulykke");
            assertThat(r.after().label().in("nb")).isEqualTo("Ulykker og skader");
        });
        assertThat(timeline.between(1996, 2004).none()).isTrue();

        assertThat(timeline.versions(1990, 2019)).containsExactly(
                new CodeTimeline.Version(1990, 1995, 3), new CodeTimeline.Version(1996, 2004, 3), new CodeTimeline.Version(2005, null, 3));
    }

    @Test
    void aCodeListWithoutDatesHasNoTimeline() {
        assertThat(new CodeTimeline(java.util.List.of(new Code("1", no.varcat.catalog.text.LocalizedText.EMPTY, false))).dated())
                .isFalse();
    }

    @Test
    void findsTheSuccessorAndFromItThePredecessor() {
        VariableSuccessions successions = new VariableSuccessions(store, variables);

        assertThat(successions.of(CAUSE).successors()).extracting(VariableSummary::iri).containsExactly(CAUSE_NEW);
        assertThat(successions.of(CAUSE).predecessors()).isEmpty();
        assertThat(successions.of(CAUSE_NEW).predecessors()).extracting(VariableSummary::iri).containsExactly(CAUSE);
        assertThat(successions.of("not an iri").isEmpty()).isTrue();
    }

    @Test
    void theVariablesRdfHasItsCodesPeriods() {
        var model = new VariableDescription(store).describe(CAUSE).orElseThrow();

        assertThat(model.contains(model.getResource("https://test.varcat.no/dar/cause-codes-2#period"),
                org.apache.jena.vocabulary.DCAT.endDate)).isTrue();
    }
}
