package no.varcat.harvest.ddi;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that never processes a DTD. Codebooks come from outside, and DTD entities could
 * read local files into the catalog (XXE) or expand without bound (billion laughs). The JDK's own
 * implementation is asked for by name, so a StAX jar on the classpath cannot change these settings;
 * a factory per read, as StAX promises nothing about sharing one between threads.
 */
final class SafeXmlInput {

    private SafeXmlInput() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.createXMLStreamReader(in);
    }
}
