package no.varcat.harvest.ddi;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/**
 * Terms of the profile that vocab has no constant for yet; they move there once other modules
 * need them too.
 */
final class DdiTerms {

    static final Node DISCO_QUESTION_CLASS = NodeFactory.createURI(DISCO.NS + "Question");
    static final Node DISCO_QUESTION = NodeFactory.createURI(DISCO.NS + "question");
    static final Node DISCO_QUESTION_TEXT = NodeFactory.createURI(DISCO.NS + "questionText");
    static final Node DISCO_UNIVERSE_CLASS = NodeFactory.createURI(DISCO.NS + "Universe");

    static final Node SUMMARY_STATISTIC = NodeFactory.createURI(VARCAT.NS + "summaryStatistic");
    static final Node STATISTIC_TYPE = NodeFactory.createURI(VARCAT.NS + "statisticType");
    /** True on a statistic DDI marks wgtd="wgtd", so weighted and unweighted ones of a type stay apart. */
    static final Node WEIGHTED = NodeFactory.createURI(VARCAT.NS + "weighted");
    static final Node MISSING_VALUE = NodeFactory.createURI(VARCAT.NS + "missingValue");

    static final String ADMS_NS = "http://www.w3.org/ns/adms#";
    static final Node ADMS_IDENTIFIER = NodeFactory.createURI(ADMS_NS + "identifier");
    static final Node ADMS_IDENTIFIER_CLASS = NodeFactory.createURI(ADMS_NS + "Identifier");
    static final Node ADMS_SCHEME_AGENCY = NodeFactory.createURI(ADMS_NS + "schemeAgency");

    private DdiTerms() {
    }
}
