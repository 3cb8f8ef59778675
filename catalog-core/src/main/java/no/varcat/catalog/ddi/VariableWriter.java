package no.varcat.catalog.ddi;

import javax.xml.stream.XMLStreamException;

import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.Code;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.vocab.ControlledTerms;

/**
 * One {@code var}: the inverse of the harvester's DDI reader. Children in the order the schema's
 * varType sequence demands: labl, anlysUnit, qstn, universe, txt, catgry, varFormat.
 */
final class VariableWriter {

    private final DdiXml xml;

    VariableWriter(DdiXml xml) {
        this.xml = xml;
    }

    void write(VariableDetails variable) throws XMLStreamException {
        VariableSummary summary = variable.summary();
        boolean coded = !variable.codes().isEmpty();
        ValueFormat format = coded ? ValueFormat.coded(variable.codes()) : ValueFormat.of(summary.representation());
        xml.start("var");
        xml.attribute("name", summary.notation());
        if (format != null) {
            xml.attribute("intrvl", format.interval());
        }
        xml.attribute("measUnit", variable.unit());
        if (format != null) {
            xml.attribute("representationType", format.representationType());
        }
        xml.texts("labl", summary.label());
        // The unit type's labels, which the reader finds the concept by; one of no list varcat knows has none to write.
        var unitType = ControlledTerms.UNIT_TYPES.byIri(summary.unitType());
        if (unitType.isPresent()) {
            xml.texts("anlysUnit", new LocalizedText(unitType.get().labelNb(), null, unitType.get().labelEn()));
        }
        if (!variable.question().isEmpty()) {
            xml.start("qstn");
            xml.texts("qstnLit", variable.question());
            xml.end();
        }
        xml.texts("universe", variable.population());
        xml.texts("txt", summary.definition());
        for (Code code : variable.codes()) {
            category(code);
        }
        if (format != null) {
            xml.start("varFormat");
            xml.attribute("type", format.type());
            if (format.formatName() != null) {
                xml.attribute("formatname", format.formatName());
                xml.attribute("schema", "XML-Data");
            } else {
                xml.attribute("schema", "other");
            }
            xml.attribute("category", format.category());
            xml.end();
        }
        xml.end();
    }

    /** A code; DDI flags a missing value on the category itself ({@code missing="Y"}). */
    private void category(Code code) throws XMLStreamException {
        xml.start("catgry");
        if (code.missing()) {
            xml.attribute("missing", "Y");
        }
        xml.start("catValu");
        xml.characters(code.notation());
        xml.end();
        xml.texts("labl", code.label());
        xml.end();
    }
}
