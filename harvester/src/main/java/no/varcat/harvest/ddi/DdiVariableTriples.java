package no.varcat.harvest.ddi;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.SDMXAttribute;
import no.varcat.vocab.VARCAT;

/** One variable as a disco:Variable of the study, with its question, universe, code list and statistics. */
final class DdiVariableTriples {

    private final CodebookIris iris;
    private final TripleWriter out;
    /** The study's unit of analysis, for the variables that name none of their own. */
    private String studyAnalysisUnit;

    DdiVariableTriples(CodebookIris iris, TripleWriter out) {
        this.iris = iris;
        this.out = out;
    }

    void studyAnalysisUnit(String iri) {
        this.studyAnalysisUnit = iri;
    }

    void emit(Variable variable) {
        String name = variable.name();
        Node node = iris.variable(name);
        out.add(iris.study(), DISCO.variable.asNode(), node);
        out.type(node, DISCO.Variable.asNode(), SKOS.Concept.asNode());
        out.string(node, SKOS.notation.asNode(), name);
        out.labels(node, variable.labels());
        out.texts(node, SKOS.definition.asNode(), variable.definitions());
        out.texts(node, DCTerms.subject.asNode(), variable.concepts());
        questions(node, variable);
        universe(node, variable);
        representation(node, variable);
        unit(node, variable);
        statistics(node, variable);
        String analysisUnit = variable.analysisUnit() != null ? variable.analysisUnit() : studyAnalysisUnit;
        if (analysisUnit != null && !analysisUnit.isEmpty()) {
            out.add(node, DISCO.analysisUnit.asNode(), NodeFactory.createURI(analysisUnit));
        }
    }

    /** measUnit is free text in DDI; only a web address (a QUDT unit, as varcat exports it) is a unit IRI. */
    private void unit(Node node, Variable variable) {
        if (variable.unit() != null && CodebookIris.isWebAddress(variable.unit())) {
            out.add(node, SDMXAttribute.unitMeasure.asNode(), NodeFactory.createURI(variable.unit()));
        }
    }

    private void questions(Node node, Variable variable) {
        int position = 0;
        for (Question question : variable.questions()) {
            Node q = iris.question(variable.name(), ++position);
            out.add(node, DISCO.question.asNode(), q);
            out.type(q, DISCO.Question.asNode());
            out.texts(q, DISCO.questionText.asNode(), question.texts());
        }
    }

    private void universe(Node node, Variable variable) {
        if (variable.universes().isEmpty()) {
            return;
        }
        Node universe = iris.universe(variable.name());
        out.add(node, DISCO.universe.asNode(), universe);
        out.type(universe, DISCO.Universe.asNode());
        out.texts(universe, SKOS.definition.asNode(), variable.universes());
    }

    /**
     * A code list when the variable has categories, else the datatype its varFormat names: the XML
     * Schema datatype when it names one Jena knows, else decimal for numeric and string for character.
     */
    private void representation(Node node, Variable variable) {
        if (variable.categories().isEmpty()) {
            String named = variable.xmlSchemaType() == null ? null : XSD.NS + variable.xmlSchemaType();
            Node datatype = named != null && TypeMapper.getInstance().getTypeByName(named) != null
                    ? NodeFactory.createURI(named)
                    : switch (variable.formatType() == null ? "" : variable.formatType()) {
                        case "numeric" -> XSD.decimal.asNode();
                        case "character" -> XSD.xstring.asNode();
                        default -> null;
                    };
            if (datatype != null) {
                out.add(node, DISCO.representation.asNode(), datatype);
            }
            return;
        }
        Node scheme = iris.codeList(variable.name());
        out.add(node, DISCO.representation.asNode(), scheme);
        out.type(scheme, SKOS.ConceptScheme.asNode());
        out.labels(scheme, variable.labels());
        for (Category category : variable.categories()) {
            Node code = iris.code(variable.name(), category.value());
            out.type(code, SKOS.Concept.asNode());
            out.add(code, SKOS.inScheme.asNode(), scheme);
            out.string(code, SKOS.notation.asNode(), category.value());
            out.labels(code, category.labels());
            if (category.missing()) {
                out.typed(code, VARCAT.missingValue.asNode(), "true", XSDDatatype.XSDboolean);
            }
        }
    }

    private void statistics(Node node, Variable variable) {
        for (SummaryStatistic statistic : variable.statistics()) {
            Node stat = iris.statistic(variable.name(), statistic);
            out.add(node, VARCAT.summaryStatistic.asNode(), stat);
            out.string(stat, VARCAT.statisticType.asNode(), statistic.type());
            out.typed(stat, RDF.value.asNode(), statistic.value().toPlainString(), XSDDatatype.XSDdecimal);
            if (statistic.weighted()) {
                out.typed(stat, VARCAT.weighted.asNode(), "true", XSDDatatype.XSDboolean);
            }
        }
    }
}
