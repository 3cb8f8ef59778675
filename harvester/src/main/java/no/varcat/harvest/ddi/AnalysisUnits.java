package no.varcat.harvest.ddi;

import javax.xml.stream.XMLStreamException;

import no.varcat.vocab.ControlledTerms;

/**
 * DDI's unit of analysis (var {@code anlysUnit}, study {@code sumDscr/anlyUnit}) as a concept of
 * varcat's unit-type list: its {@code unit} attribute, else its text, names one by notation or
 * label. The text is free, so one that names none is a warning, at the element.
 */
final class AnalysisUnits {

    private AnalysisUnits() {
    }

    /** Reads the element the cursor is on: the concept's IRI; empty when it names none varcat knows, null when it names nothing. */
    static String read(XmlCursor cursor, String of) throws XMLStreamException {
        long line = cursor.line();
        long column = cursor.column();
        String attribute = cursor.attribute("unit");
        String text = cursor.text();
        for (String candidate : new String[] {attribute, text}) {
            var term = ControlledTerms.UNIT_TYPES.byText(candidate);
            if (term.isPresent()) {
                return term.get().iri();
            }
        }
        String named = attribute != null ? attribute : text;
        if (named != null && !named.isBlank()) {
            cursor.warnAt("The unit of analysis '" + named + "' of " + of + " is none varcat knows (person, episode, "
                    + "prescription, ...: docs/model.md); left out", line, column);
            return "";
        }
        return null;
    }
}
