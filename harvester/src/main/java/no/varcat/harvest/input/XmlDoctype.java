package no.varcat.harvest.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.DTD;
import javax.xml.stream.events.EntityDeclaration;
import javax.xml.stream.events.XMLEvent;

/**
 * Looks at an XML document's DOCTYPE before a parser that processes DTDs reads it (Jena's RDF/XML
 * parser does: RDF/XML files often declare entities for namespaces). Simple internal entities pass;
 * an external entity (XXE: it would read a local file or a URL into the catalog), an entity that
 * refers to other entities (billion laughs) or an external DTD is refused, in words a register can
 * act on. Only the prolog is read, and nothing it names is loaded.
 */
public final class XmlDoctype {

    /** How much of the document the prolog may take before the check gives up and leaves it to the parser. */
    private static final int PROLOG_LIMIT = 1024 * 1024;

    private XmlDoctype() {
    }

    /**
     * Why the document {@code in} starts with must be refused, or empty. {@code in} must support
     * mark and reset; it is reset to where it was.
     */
    public static Optional<String> refusal(InputStream in) throws IOException {
        in.mark(PROLOG_LIMIT);
        try {
            return check(new FilterInputStream(in) {
                private int left = PROLOG_LIMIT;

                @Override
                public int read() throws IOException {
                    return left-- > 0 ? super.read() : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = super.read(b, off, Math.min(len, left));
                    left -= Math.max(n, 0);
                    return n;
                }

                @Override
                public void close() {
                    // The caller's stream stays open.
                }
            });
        } finally {
            in.reset();
        }
    }

    private static Optional<String> check(InputStream prolog) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLEventReader events = factory.createXMLEventReader(prolog);
            while (events.hasNext()) {
                XMLEvent event = events.nextEvent();
                if (event instanceof DTD dtd) {
                    return entities(dtd);
                }
                if (event.isStartElement()) {
                    return Optional.empty();
                }
            }
        } catch (XMLStreamException e) {
            if (String.valueOf(e.getMessage()).contains("accessExternalDTD")) {
                return Optional.of("The document's DOCTYPE refers to an external DTD, which varcat never loads; remove the DOCTYPE");
            }
            // Not well-formed: the parser proper says where.
        }
        return Optional.empty();
    }

    private static Optional<String> entities(DTD dtd) {
        for (EntityDeclaration entity : dtd.getEntities()) {
            if (entity.getSystemId() != null || entity.getPublicId() != null) {
                return Optional.of("The document declares an external entity '" + entity.getName() + "' ("
                        + (entity.getSystemId() != null ? entity.getSystemId() : entity.getPublicId())
                        + "); external entities could read local files or URLs into the catalog (XXE), so the document is refused");
            }
            String text = entity.getReplacementText();
            if (text != null && (text.contains("&") || text.contains("%"))) {
                return Optional.of("The document declares an entity '" + entity.getName() + "' that refers to other entities; "
                        + "such entities can expand without bound (billion laughs), so the document is refused");
            }
        }
        return Optional.empty();
    }
}
