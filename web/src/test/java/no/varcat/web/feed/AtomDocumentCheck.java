package no.varcat.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

/**
 * Reads a feed document with Rome's parser, as a feed reader would, and checks RFC 4287's rules
 * on the XML itself, which a lenient parser lets pass: the feed and every entry have exactly one
 * id (an absolute IRI), title and updated (an RFC 3339 date-time); the feed has an author; every
 * link has an href; no entry has two alternate links of one type.
 */
final class AtomDocumentCheck {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomDocumentCheck() {
    }

    static Feed parse(String xml) throws Exception {
        WireFeed parsed = new WireFeedInput().build(new StringReader(xml));
        assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
        checkRfc4287(xml);
        return (Feed) parsed;
    }

    private static void checkRfc4287(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        requireMetadata(feed, "feed");
        assertThat(children(feed, "author")).as("the feed's author").isNotEmpty();
        checkLinks(feed, "feed");
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            requireMetadata(entry, "entry");
            checkLinks(entry, "entry");
            assertThat(ids.add(text(entry, "id"))).as("entry ids are unique in a document").isTrue();
            List<String> alternates = new ArrayList<>();
            for (Element link : children(entry, "link")) {
                if ("alternate".equals(link.getAttribute("rel")) || link.getAttribute("rel").isEmpty()) {
                    alternates.add(link.getAttribute("type"));
                }
            }
            assertThat(alternates).as("an entry's alternate links").doesNotHaveDuplicates().isNotEmpty();
        }
    }

    private static void requireMetadata(Element element, String what) {
        for (String name : List.of("id", "title", "updated")) {
            assertThat(children(element, name)).as("the %s's atom:%s", what, name).hasSize(1);
        }
        assertThat(URI.create(text(element, "id")).isAbsolute()).as("the %s's id is an absolute IRI", what).isTrue();
        OffsetDateTime.parse(text(element, "updated"));
    }

    private static void checkLinks(Element element, String what) {
        for (Element link : children(element, "link")) {
            assertThat(link.getAttribute("href")).as("an href on each of the %s's links", what).isNotBlank();
        }
    }

    private static String text(Element element, String name) {
        return children(element, name).get(0).getTextContent().strip();
    }

    static List<Element> children(Element element, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
