package no.varcat.sample.ddi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official DDI-Codebook 2.5 XML Schema, read in place from the shared reference folder beside
 * the checkout (../../shared/reference from this module). Its imports (xml.xsd, dcterms, the XHTML
 * modules) resolve inside that folder only: nothing is fetched over the network, and no DTD or
 * external entity of a validated document is read.
 */
final class DdiSchema {

    static final Path FOLDER = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../../shared/reference/ddi-codebook-2.5-xsd").normalize();

    private final Schema schema;

    private DdiSchema(Schema schema) {
        this.schema = schema;
    }

    /** The schema; the test is skipped where the folder is absent, except under CI=true, where it fails. */
    static DdiSchema load() {
        Path main = FOLDER.resolve("codebook.xsd");
        boolean present = Files.isRegularFile(main);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("The DDI-Codebook 2.5 schema is not at " + main + ", and CI=true requires it");
        }
        assumeTrue(present, () -> "Skipped: the DDI-Codebook 2.5 schema is not at " + main
                + " (the shared reference folder sits beside the project checkout only on the team's machines)");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setResourceResolver(new LocalOnly(FOLDER.toRealPath()));
            return new DdiSchema(factory.newSchema(new StreamSource(main.toFile())));
        } catch (SAXException | IOException e) {
            throw new AssertionError("The DDI schema at " + FOLDER + " does not load: " + e.getMessage(), e);
        }
    }

    /** Every error the schema finds in the document, with line and column; empty when it is valid. */
    List<String> errors(byte[] document) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings do not make a document invalid.
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    /** Resolves schema includes and imports to files inside the folder, and refuses everything else. */
    private record LocalOnly(Path folder) implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            URI base = baseUri == null ? folder.toUri() : URI.create(baseUri);
            Path file;
            try {
                file = Path.of(base.resolve(systemId)).toRealPath();
            } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                throw new IllegalStateException("The DDI schema refers to " + systemId + ", which is not in " + folder, e);
            }
            if (!file.startsWith(folder)) {
                throw new IllegalStateException("The DDI schema refers to " + file + ", outside " + folder);
            }
            try {
                DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
                LSInput input = ls.createLSInput();
                input.setSystemId(file.toUri().toString());
                input.setPublicId(publicId);
                InputStream in = new ByteArrayInputStream(Files.readAllBytes(file));
                input.setByteStream(in);
                return input;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("No DOM Load and Save implementation", e);
            }
        }
    }
}
