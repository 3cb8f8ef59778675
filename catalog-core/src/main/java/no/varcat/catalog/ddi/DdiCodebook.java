package no.varcat.catalog.ddi;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.variable.VariableRepository;

/**
 * One register's DDI-Codebook 2.5 document, ready to be written. The study is read already (so a
 * caller knows the register exists before it starts an answer); the variables are read page by page
 * while writing, so a register of many thousands of variables never sits in memory as a whole.
 */
public final class DdiCodebook {

    static final int PAGE_SIZE = 500;
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION =
            DdiXml.NAMESPACE + " http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final RegisterDetails register;
    private final StudyExtras extras;
    private final VariableRepository variables;

    DdiCodebook(RegisterDetails register, StudyExtras extras, VariableRepository variables) {
        this.register = register;
        this.extras = extras;
        this.variables = variables;
    }

    public String registerIri() {
        return register.summary().iri();
    }

    /** Writes the document as UTF-8; the caller owns and closes {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            DdiXml xml = new DdiXml(writer);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setDefaultNamespace(DdiXml.NAMESPACE);
            writer.setPrefix("xsi", XSI);
            xml.start("codeBook");
            writer.writeDefaultNamespace(DdiXml.NAMESPACE);
            writer.writeNamespace("xsi", XSI);
            writer.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
            writer.writeAttribute("version", "2.5");
            xml.language("nb");
            new StudyWriter(xml).write(register, extras);
            dataDescription(xml);
            xml.end();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Writing the DDI codebook of " + registerIri() + " failed: " + e.getMessage(), e);
        }
    }

    private void dataDescription(DdiXml xml) throws XMLStreamException {
        xml.start("dataDscr");
        VariableWriter writer = new VariableWriter(xml);
        try {
            variables.forEachOfRegister(registerIri(), PAGE_SIZE, variable -> {
                try {
                    writer.write(variable);
                } catch (XMLStreamException e) {
                    throw new WriteFailure(e);
                }
            });
        } catch (WriteFailure e) {
            throw e.cause;
        }
        xml.end();
    }

    /** Carries a checked StAX failure out of the repository's consumer. */
    private static final class WriteFailure extends RuntimeException {
        private final XMLStreamException cause;

        WriteFailure(XMLStreamException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
