package no.varcat.catalog.ddi;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import java.util.List;

import no.varcat.catalog.dcat.CatalogPage;
import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;

/**
 * One register's DDI-Codebook 2.5 document, ready to be written: the study and one page of the
 * register's variables (all of them for most registers; see {@link DdiCodebookExport}). The study is
 * read already (so a caller knows the register and the page exist before it starts an answer); the
 * variables are read {@value #PAGE_SIZE} at a time while writing.
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
    private final CatalogPage page;

    DdiCodebook(RegisterDetails register, StudyExtras extras, VariableRepository variables, CatalogPage page) {
        this.register = register;
        this.extras = extras;
        this.variables = variables;
        this.page = page;
    }

    /** Which of the register's variables this document holds: page n of its pages. */
    public CatalogPage page() {
        return page;
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
        for (long from = page.offset(); from < page.offset() + page.size(); from += PAGE_SIZE) {
            int size = (int) Math.min(PAGE_SIZE, page.offset() + page.size() - from);
            List<VariableDetails> read = variables.pageOfRegister(registerIri(), from, size);
            for (VariableDetails variable : read) {
                writer.write(variable);
            }
            if (read.size() < size) {
                break;
            }
        }
        xml.end();
    }
}
