package no.varcat.catalog.ddi;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.varcat.catalog.text.LocalizedText;

/**
 * A thin layer over StAX for DDI-Codebook: elements in the DDI namespace, texts with xml:lang,
 * and line breaks with indentation between elements (never inside a text, where they would be content).
 */
final class DdiXml {

    static final String NAMESPACE = "ddi:codebook:2_5";

    private final XMLStreamWriter xml;
    private int depth;
    private boolean childWritten;

    DdiXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    XMLStreamWriter writer() {
        return xml;
    }

    void start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(NAMESPACE, name);
        depth++;
        childWritten = false;
    }

    void end() throws XMLStreamException {
        depth--;
        if (childWritten) {
            newLine();
        }
        xml.writeEndElement();
        childWritten = true;
    }

    /** An attribute of the element just started; nothing when the value is null or blank. */
    void attribute(String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            xml.writeAttribute(name, XmlText.clean(value));
        }
    }

    void language(String tag) throws XMLStreamException {
        if (tag != null && !tag.isEmpty()) {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", tag);
        }
    }

    /** {@code <name xml:lang="...">text</name>}; nothing for a blank text. */
    void text(String name, String text, String language) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        start(name);
        language(language);
        characters(text);
        end();
    }

    /** One element per language the text has, bokmål, nynorsk, English, in that order. */
    void texts(String name, LocalizedText text) throws XMLStreamException {
        text(name, text.nb(), "nb");
        text(name, text.nn(), "nn");
        text(name, text.en(), "en");
        if (text.nb() == null && text.nn() == null && text.en() == null && text.other() != null) {
            text(name, text.other().text(), text.other().language());
        }
    }

    /** Text content of the element just started; closing it with {@link #end()} adds no line break. */
    void characters(String text) throws XMLStreamException {
        xml.writeCharacters(XmlText.clean(text));
        childWritten = false;
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
