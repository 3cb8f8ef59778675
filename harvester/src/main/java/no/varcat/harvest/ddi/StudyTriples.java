package no.varcat.harvest.ddi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.vocab.ADMS;
import no.varcat.vocab.HealthDCATAP;

/**
 * The study as a dcat:Dataset. The profile's dct:identifier is the dataset IRI itself, so the
 * study's own IDNo values become adms:identifier, DCAT-AP's "other identifier".
 */
final class StudyTriples {

    private final CodebookIris iris;
    private final TripleWriter out;
    private final Set<Node> agents = new HashSet<>();

    private final boolean describe;

    /** @param describe false when the register's own DCAT description is authoritative: then only variables link to it */
    StudyTriples(CodebookIris iris, TripleWriter out, boolean describe) {
        this.iris = iris;
        this.out = out;
        this.describe = describe;
    }

    /** What every codebook has, even one without a stdyDscr. */
    void dataset() {
        if (!describe) {
            return;
        }
        Node study = iris.study();
        out.type(study, DCAT.Dataset.asNode());
        out.string(study, DCTerms.identifier.asNode(), study.getURI());
    }

    void emit(Study description) {
        if (!describe) {
            return;
        }
        Node study = iris.study();
        out.texts(study, DCTerms.title.asNode(), description.titles());
        out.texts(study, DCTerms.description.asNode(), description.descriptions());
        out.texts(study, DCAT.keyword.asNode(), description.keywords());
        out.texts(study, HealthDCATAP.populationCoverage.asNode(), description.populations());
        for (StudyIdentifier id : description.identifiers()) {
            Node identifier = iris.identifier(id.value());
            out.add(study, ADMS.identifier.asNode(), identifier);
            out.type(identifier, ADMS.Identifier.asNode());
            out.string(identifier, SKOS.notation.asNode(), id.value());
            if (id.agency() != null) {
                out.string(identifier, ADMS.schemeAgency.asNode(), id.agency());
            }
        }
        agents(study, DCTerms.creator.asNode(), description.producers());
        // The profile has one publisher; the first distributor is the one the study names first.
        agents(study, DCTerms.publisher.asNode(), description.distributors().stream().limit(1).toList());
        period(study, description.period());
    }

    private void agents(Node study, Node role, List<Agent> named) {
        for (Agent agent : named) {
            Node node = iris.agent(agent.name().text());
            out.add(study, role, node);
            if (agents.add(node)) {
                out.type(node, FOAF.Agent.asNode());
                out.text(node, FOAF.name.asNode(), agent.name());
                if (CodebookIris.isWebAddress(agent.homepage())) {
                    out.add(node, FOAF.homepage.asNode(), NodeFactory.createURI(agent.homepage()));
                }
            }
        }
    }

    private void period(Node study, Period period) {
        if (period.isEmpty()) {
            return;
        }
        Node node = iris.studyPeriod();
        out.add(study, DCTerms.temporal.asNode(), node);
        out.type(node, DCTerms.PeriodOfTime.asNode());
        if (period.startYear() != null) {
            out.typed(node, DCAT.startDate.asNode(), period.startYear() + "-01-01", XSDDatatype.XSDdate);
        }
        if (period.endYear() != null) {
            out.typed(node, DCAT.endDate.asNode(), period.endYear() + "-12-31", XSDDatatype.XSDdate);
        }
    }
}
