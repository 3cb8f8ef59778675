package no.varcat.harvest.ddi;

import java.util.HashSet;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

/**
 * Finds the codeBook (the root, or inside an OAI-PMH response as CESSDA harvests Nesstar) and
 * hands stdyDscr and each var to their parsers, emitting as it goes: a codebook with thousands of
 * variables never sits in memory as a whole.
 */
final class CodebookParser {

    private static final String CODEBOOK = "codeBook";

    private final XmlCursor cursor;
    private final CodebookIris iris;
    private final TripleWriter out;
    private final StudyTriples study;
    private final DdiVariableTriples variables;
    private final Set<String> names = new HashSet<>();
    private boolean studyRead;
    /** The study's description, kept when it is not written at once: a codebook without variables writes it at the end. */
    private Study kept;

    private final boolean describeStudy;

    CodebookParser(XmlCursor cursor, CodebookIris iris, TripleWriter out, boolean describeStudy) {
        this.cursor = cursor;
        this.iris = iris;
        this.out = out;
        this.describeStudy = describeStudy;
        this.study = new StudyTriples(iris, out, describeStudy);
        this.variables = new DdiVariableTriples(iris, out);
    }

    void parse() throws XMLStreamException {
        if (!cursor.toRoot()) {
            throw cursor.fail("The document has no root element");
        }
        String root = cursor.localName();
        if (root.equals("OAI-PMH")) {
            if (!cursor.toDescendant(CODEBOOK)) {
                throw cursor.fail("This OAI-PMH response holds no DDI codeBook");
            }
        } else if (!root.equals(CODEBOOK)) {
            throw cursor.fail("The root element is <" + root + ">, not a DDI codeBook: this is not DDI-Codebook XML");
        }
        codeBook();
        int more = cursor.drain(CODEBOOK);
        if (more > 0) {
            cursor.warn("Only the first codeBook is read; " + more + " more are ignored");
        }
    }

    private void codeBook() throws XMLStreamException {
        study.dataset();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "stdyDscr" -> studyDescription();
                case "dataDscr" -> dataDescription();
                default -> cursor.skip();
            }
        }
        if (!studyRead && describeStudy) {
            cursor.warn("The codeBook has no stdyDscr, so the dataset has no title or description");
        }
        if (!describeStudy && names.isEmpty() && kept != null) {
            // A study documented without variables (yet): its description is all the codebook says about
            // the register, so it lands as the register's, rather than the source landing empty.
            StudyTriples register = new StudyTriples(iris, out, true);
            register.dataset();
            register.emit(kept);
        }
    }

    private void studyDescription() throws XMLStreamException {
        if (studyRead) {
            cursor.warn("Only the first stdyDscr is read");
            cursor.skip();
            return;
        }
        Study description = new StudyParser(cursor).parse();
        study.emit(description);
        variables.studyAnalysisUnit(description.analysisUnit());
        kept = describeStudy ? null : description;
        studyRead = true;
    }

    private void dataDescription() throws XMLStreamException {
        while (cursor.nextChild()) {
            if (!cursor.localName().equals("var")) {
                cursor.skip();
                continue;
            }
            long line = cursor.line();
            long column = cursor.column();
            new VariableParser(cursor).parse().ifPresent(variable -> {
                if (names.add(variable.name())) {
                    variables.emit(variable);
                } else {
                    cursor.warnAt("A second var named " + variable.name() + " is skipped", line, column);
                }
            });
        }
    }
}
