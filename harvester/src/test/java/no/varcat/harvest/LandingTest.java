package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.varcat.catalog.validation.Violation;
import no.varcat.harvest.HarvestIssue.Severity;

/**
 * Standards first, our profile second: what the official DCAT-AP-NO 2.0 shapes accept lands, and
 * what varcat's own profile wants beyond them is a warning naming the register; only a register that
 * cannot be shown (no title in any language) is left out.
 */
class LandingTest {

    private static final String LANDING = "classpath:no/varcat/harvest/landing/";
    private static final String REGISTER = "https://test.varcat.no/landing/register";

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void aRegisterWithoutContactPointOrEnglishTitleLandsWithWarnings() {
        HarvestReport report = harvest.harvest(source("no-contact", "no-contact-no-english.ttl"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(isRegister(harvest.store.readGraph("urn:varcat:source:no-contact"), REGISTER)).isTrue();
        assertThat(report.issues()).as("nothing is left out").noneMatch(issue -> issue.severity() != Severity.WARNING);
        assertThat(report.issues()).filteredOn(issue -> REGISTER.equals(issue.about()))
                .extracting(HarvestIssue::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("Register harvested, but incomplete: «Register uten kontaktpunkt» <"
                        + REGISTER + ">: A register needs at least one contact point (dcat:contactPoint) that is a resource, not a literal."))
                .anySatisfy(m -> assertThat(m).contains("English title"));
        // The run log keeps the warnings, still saying which register they are about.
        assertThat(new HarvestHistory(harvest.store).runs("no-contact").get(0).issues())
                .filteredOn(issue -> REGISTER.equals(issue.about())).hasSizeGreaterThanOrEqualTo(2);
        // And the register's page can ask for them, in words about the register alone.
        assertThat(new HarvestHistory(harvest.store).latestAbout(REGISTER)).extracting(HarvestIssue::detail)
                .contains("A register needs at least one contact point (dcat:contactPoint) that is a resource, not a literal.")
                .anySatisfy(m -> assertThat(m).startsWith("A register should also have an English title"));
    }

    @Test
    void aRegistersPageHearsOnlyOfTheNewestHarvest() {
        harvest.harvest(source("no-contact", "no-contact-no-english.ttl"));
        assertThat(new HarvestHistory(harvest.store).latestAbout(REGISTER)).isNotEmpty();

        HarvestReport fixed = harvest.harvest(source("no-contact", "no-contact-fixed.ttl"));

        assertThat(fixed.issues()).as("complete now").isEmpty();
        assertThat(new HarvestHistory(harvest.store).runs("no-contact")).hasSize(2);
        assertThat(new HarvestHistory(harvest.store).latestAbout(REGISTER)).as("the older run's warnings are not repeated").isEmpty();
        assertThat(new HarvestHistory(harvest.store).latestAbout("not an iri")).isEmpty();
    }

    /**
     * The same content judged otherwise than when it was written (here: by a varcat that did not yet
     * name the register in its warnings, as one before this profile) is recorded once, so that the
     * register's page shows what is said of its content now; equal warnings then write nothing.
     */
    @Test
    void theSameContentJudgedOtherwiseIsRecordedOnceSoThePageShowsTheWarningsOfTheContentNow() {
        HarvestSource source = source("no-contact", "no-contact-no-english.ttl");
        harvest.harvest(source);
        String log = HarvestRunMapping.logGraphName("no-contact");
        harvest.store.apply(List.of(new no.varcat.catalog.store.GraphChange.Patch(log,
                List.of(org.apache.jena.graph.Triple.create(Node.ANY, no.varcat.vocab.VARCAT.about.asNode(), Node.ANY)),
                org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph())));
        assertThat(new HarvestHistory(harvest.store).latestAbout(REGISTER)).as("the older run said nothing about it").isEmpty();

        HarvestReport again = harvest.harvest(source);

        assertThat(again.outcome()).isEqualTo(HarvestReport.Outcome.SUCCEEDED);
        assertThat(again.variables().added() + again.variables().changed() + again.variables().removed()).isZero();
        assertThat(new HarvestHistory(harvest.store).latestAbout(REGISTER)).extracting(HarvestIssue::detail)
                .contains("A register needs at least one contact point (dcat:contactPoint) that is a resource, not a literal.");

        HarvestReport third = harvest.harvest(source);

        assertThat(third.outcome()).as("judged as recorded: nothing to write").isEqualTo(HarvestReport.Outcome.UNCHANGED);
        assertThat(new HarvestHistory(harvest.store).runs("no-contact")).hasSize(2);
        assertThat(new HarvestHistory(harvest.store).latestAbout(REGISTER)).isNotEmpty();
    }

    @Test
    void theFixtureHasNoViolationOfTheOfficialShapes() {
        List<Violation> violations = OfficialDcatApNo2.violations(parse("no-contact-no-english.ttl"));

        assertThat(violations).extracting(Violation::format).isEmpty();
    }

    @Test
    void aRegisterWithOnlyASwedishTitleAndNoIdentifierLands() {
        String swedish = "https://test.varcat.no/landing/se/register";
        HarvestReport report = harvest.harvest(source("swedish", "swedish-only.ttl"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(isRegister(harvest.store.readGraph("urn:varcat:source:swedish"), swedish)).isTrue();
        assertThat(report.issues()).filteredOn(issue -> swedish.equals(issue.about()))
                .allSatisfy(issue -> assertThat(issue.severity()).isEqualTo(Severity.WARNING))
                .extracting(HarvestIssue::message)
                .anySatisfy(m -> assertThat(m).contains("«Medicinska födelseregistret»").contains("Norwegian Bokmål"))
                .anySatisfy(m -> assertThat(m).contains("identifier (dct:identifier)"));
    }

    @Test
    void aRegisterWithNoTitleInAnyLanguageIsLeftOutSayingWhy() {
        HarvestReport report = harvest.harvest(source("untitled", "untitled.ttl"));

        assertThat(report.succeeded()).isTrue();
        Graph stored = harvest.store.readGraph("urn:varcat:source:untitled");
        assertThat(isRegister(stored, "https://test.varcat.no/landing/titled")).isTrue();
        assertThat(stored.contains(uri("https://test.varcat.no/landing/untitled"), Node.ANY, Node.ANY)).isFalse();
        assertThat(stored.contains(uri("https://test.varcat.no/landing/UNTITLED_VAR"), Node.ANY, Node.ANY))
                .as("its variables go too").isFalse();
        assertThat(report.issues()).filteredOn(issue -> issue.severity() == Severity.ERROR).singleElement()
                .satisfies(issue -> {
                    assertThat(issue.message()).isEqualTo("Register left out: <https://test.varcat.no/landing/untitled> it has no title"
                            + " in any language (dct:title, a text such as \"Hjerteregisteret\"@nb), so it cannot be shown.");
                    assertThat(issue.about()).isEqualTo("https://test.varcat.no/landing/untitled");
                });
    }

    /**
     * Every dataset of the official examples that the official shapes find no violation in lands.
     * The shapes' verdict is computed here, with Jena SHACL, not assumed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"examples-DCAT-AP-NO2.0.ttl", "example-dataset-series.ttl", "fdk-harvest-response.ttl"})
    void everyOfficialExampleDatasetWithoutViolationsLands(String example) {
        Path file = OfficialDcatApNo2.file(example);
        Graph published = RDFDataMgr.loadGraph(file.toString());
        List<Violation> violations = OfficialDcatApNo2.violations(published);
        List<String> valid = published.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode())
                .mapWith(t -> t.getSubject()).filterKeep(Node::isURI).mapWith(Node::getURI)
                .filterDrop(dataset -> violations.stream().anyMatch(v -> v.focusNode().equals(dataset))).toList();

        HarvestReport report = harvest.harvest(new HarvestSource("example", file.toAbsolutePath().normalize().toUri(), "turtle", example));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        Graph stored = harvest.store.readGraph("urn:varcat:source:example");
        assertThat(valid).allSatisfy(dataset -> assertThat(isRegister(stored, dataset)).as("%s landed; %s", dataset, report.issues()).isTrue());
        if (example.startsWith("examples-")) {
            assertThat(valid).as("the official examples file has a dataset the official shapes accept").isNotEmpty();
        }
    }


    private static HarvestSource source(String id, String file) {
        return new HarvestSource(id, URI.create(LANDING + file), "turtle", id);
    }

    private static Graph parse(String file) {
        return RDFDataMgr.loadGraph(LANDING.replace("classpath:", "") + file);
    }

    private static boolean isRegister(Graph graph, String iri) {
        return graph.contains(uri(iri), RDF.type.asNode(), DCAT.Dataset.asNode());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
