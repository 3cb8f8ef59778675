package no.varcat.catalog.ddi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.dcat.PageOutOfRangeException;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.vocab.DISCO;

class DdiCodebookExportTest {

    private Tdb2CatalogStore store;
    private DdiCodebookExport export;

    @BeforeEach
    void load() {
        store = Tdb2CatalogStore.inMemory();
        store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
        export = new DdiCodebookExport(store, new RegisterRepository(store), new VariableRepository(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void describesTheStudyInBothLanguages() throws Exception {
        Document ddi = exported(TestFixtures.BIRTH_REGISTER);

        assertThat(ddi.getDocumentElement().getNamespaceURI()).isEqualTo("ddi:codebook:2_5");
        assertThat(text(ddi, "/d:codeBook/d:stdyDscr/d:citation/d:titlStmt/d:titl[@xml:lang='nb']")).isEqualTo("Testregister for fødsler");
        assertThat(text(ddi, "//d:titlStmt/d:parTitl[@xml:lang='en']")).isEqualTo("Test birth register");
        assertThat(text(ddi, "//d:titlStmt/d:IDNo")).isEqualTo("test-birth");
        assertThat(text(ddi, "//d:distStmt/d:distrbtr[@xml:lang='nb']")).isEqualTo("Folkehelseinstituttet");
        assertThat(text(ddi, "//d:distStmt/d:contact/@email")).isEqualTo("register@test.varcat.no");
        assertThat(text(ddi, "//d:stdyInfo/d:abstract[@xml:lang='nb']")).startsWith("Et lite register");
        assertThat(text(ddi, "//d:sumDscr/d:timePrd[@event='start']/@date")).isEqualTo("1967");
        assertThat(nodes(ddi, "//d:sumDscr/d:timePrd[@event='end']").getLength()).isZero();
    }

    @Test
    void writesEveryVariableWithItsCodesAndValueFormat() throws Exception {
        Document ddi = exported(TestFixtures.BIRTH_REGISTER);

        assertThat(names(ddi)).containsExactly("KJONN", "MOR_BMI", "VEKT");
        assertThat(text(ddi, "//d:var[@name='KJONN']/d:labl[@xml:lang='en']")).isEqualTo("Sex of the child");
        assertThat(nodes(ddi, "//d:var[@name='KJONN']/d:catgry").getLength()).isEqualTo(4);
        assertThat(text(ddi, "//d:var[@name='KJONN']/d:catgry[@missing='Y']/d:catValu")).isEqualTo("9");
        assertThat(text(ddi, "//d:var[@name='KJONN']/d:catgry[d:catValu='1']/d:labl[@xml:lang='nb']")).isEqualTo("Gutt");
        assertThat(text(ddi, "//d:var[@name='KJONN']/@representationType")).isEqualTo("code");
        assertThat(text(ddi, "//d:var[@name='VEKT']/d:txt[@xml:lang='nb']")).isEqualTo("Barnets vekt ved fødselen, i gram.");
        assertThat(text(ddi, "//d:var[@name='VEKT']/d:varFormat/@type")).isEqualTo("numeric");
        assertThat(text(ddi, "//d:var[@name='VEKT']/d:varFormat/@formatname")).isEqualTo("integer");
        assertThat(text(ddi, "//d:var[@name='MOR_BMI']/d:varFormat/@formatname")).isEqualTo("decimal");
    }

    @Test
    void streamsARegisterLargerThanOnePageInOrder() throws Exception {
        Graph more = GraphFactory.createDefaultGraph();
        int count = DdiCodebook.PAGE_SIZE * 2 + 7;
        for (int i = 0; i < count; i++) {
            var variable = NodeFactory.createURI("https://test.varcat.no/birth/X" + i);
            more.add(Triple.create(NodeFactory.createURI(TestFixtures.BIRTH_REGISTER), DISCO.variable.asNode(), variable));
            more.add(Triple.create(variable, SKOS.notation.asNode(), NodeFactory.createLiteralString(String.format("X%05d", i))));
        }
        store.replaceGraph("https://test.varcat.no/source/more", more);

        // The default page holds the first DEFAULT_PAGE_SIZE; pages of the largest size, read in turn, hold them all.
        assertThat(names(exported(TestFixtures.BIRTH_REGISTER))).hasSize(DdiCodebookExport.DEFAULT_PAGE_SIZE);
        List<String> names = new ArrayList<>();
        DdiCodebook first = export.codebook(TestFixtures.BIRTH_REGISTER, 1, DdiCodebookExport.MAX_PAGE_SIZE).orElseThrow();
        assertThat(first.page().pages()).isEqualTo(2);
        assertThat(first.page().total()).isEqualTo(count + 3);
        for (int page = 1; page <= first.page().pages(); page++) {
            names.addAll(names(parse(export.codebook(TestFixtures.BIRTH_REGISTER, page, DdiCodebookExport.MAX_PAGE_SIZE).orElseThrow())));
        }

        assertThat(names).hasSize(count + 3).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aPageHoldsTheStudyAndItsShareOfTheVariables() throws Exception {
        DdiCodebook second = export.codebook(TestFixtures.BIRTH_REGISTER, 2, 2).orElseThrow();
        Document page = parse(second);

        assertThat(names(page)).containsExactly("VEKT");
        assertThat(text(page, "/d:codeBook/d:stdyDscr/d:citation/d:titlStmt/d:titl")).isNotBlank();
        assertThat(names(parse(export.codebook(TestFixtures.BIRTH_REGISTER, 1, 2).orElseThrow()))).containsExactly("KJONN", "MOR_BMI");
        assertThatThrownBy(() -> export.codebook(TestFixtures.BIRTH_REGISTER, 3, 2)).isInstanceOf(PageOutOfRangeException.class);
    }

    @Test
    void dropsCharactersXmlCannotCarry() throws Exception {
        Graph bad = GraphFactory.createDefaultGraph();
        bad.add(Triple.create(NodeFactory.createURI("https://test.varcat.no/birth/VEKT"), SKOS.definition.asNode(),
                NodeFactory.createLiteralLang("Vekt\u0001 i gram\uFFFF", "en")));
        store.replaceGraph("https://test.varcat.no/source/bad", bad);

        assertThat(text(exported(TestFixtures.BIRTH_REGISTER), "//d:var[@name='VEKT']/d:txt[@xml:lang='en']")).isEqualTo("Vekt i gram");
    }

    @Test
    void hasNoCodebookForWhatIsNoRegister() {
        assertThat(export.codebook("https://test.varcat.no/birth/VEKT")).isEmpty();
        assertThat(export.codebook("https://test.varcat.no/nothing")).isEmpty();
        assertThat(export.codebook("not an iri")).isEmpty();
    }

    private Document exported(String register) throws Exception {
        return parse(export.codebook(register).orElseThrow());
    }

    private static Document parse(DdiCodebook codebook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codebook.writeTo(out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(Document ddi) throws Exception {
        NodeList vars = nodes(ddi, "/d:codeBook/d:dataDscr/d:var/@name");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < vars.getLength(); i++) {
            names.add(vars.item(i).getNodeValue());
        }
        return names;
    }

    private static String text(Document ddi, String path) throws Exception {
        return (String) xpath().evaluate(path, ddi, XPathConstants.STRING);
    }

    private static NodeList nodes(Document ddi, String path) throws Exception {
        return (NodeList) xpath().evaluate(path, ddi, XPathConstants.NODESET);
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "d" -> "ddi:codebook:2_5";
                    case "xml" -> XMLConstants.XML_NS_URI;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceUri) {
                return java.util.Collections.emptyIterator();
            }
        });
        return xpath;
    }
}
