package no.varcat.harvest.ddi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/**
 * Walks a StAX stream element by element, matching on local names only: DDI 2.5 files use
 * {@code ddi:codebook:2_5}, Nesstar's DDI 1.2.2 uses {@code http://www.icpsr.umich.edu/DDI} on the
 * root and no namespace below it. Keeps the language in scope (xml:lang, inherited as XML says),
 * so every text read comes with its language.
 *
 * <p>Protocol: {@link #nextChild()} moves to the next child of the current element, and whoever it
 * returned true to consumes that child to its end tag, with {@link #nextChild()} until false,
 * {@link #text()} or {@link #skip()}.
 */
final class XmlCursor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final XMLStreamReader reader;
    private final IssueCollector issues;
    private final Deque<String> languages = new ArrayDeque<>();
    private final Set<String> rejectedLanguages = new HashSet<>();

    XmlCursor(XMLStreamReader reader, String defaultLanguage, IssueCollector issues) {
        this.reader = reader;
        this.issues = issues;
        languages.push(defaultLanguage);
    }

    /**
     * Moves to the root element. A DOCTYPE that only names an external DTD is ignored (DDI 1.x
     * files may carry one; it is never loaded); one with an internal subset, where entities are
     * declared, is refused.
     */
    boolean toRoot() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                String doctype = reader.getText();
                if (doctype.contains("[") || doctype.contains("<!ENTITY")) {
                    throw fail("The document declares a DTD with entities; DTDs are not processed, as their entities "
                            + "can read local files (XXE) or expand without bound (billion laughs)");
                }
                warn("DOCTYPE ignored: external DTDs are never loaded");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                return true;
            }
        }
        return false;
    }

    /** Moves to the next element named {@code localName} at any depth, e.g. a codeBook inside OAI-PMH. */
    boolean toDescendant(String localName) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                if (localName.equals(reader.getLocalName())) {
                    return true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                languages.pop();
            }
        }
        return false;
    }

    /** Moves to the next child element; false once the current element's end tag is passed. */
    boolean nextChild() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                languages.pop();
                return false;
            }
        }
        return false;
    }

    /** Reads to the end of the document, so anything malformed after the codebook still fails the read. */
    int drain(String countedLocalName) throws XMLStreamException {
        int count = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && countedLocalName.equals(reader.getLocalName())) {
                count++;
            }
        }
        return count;
    }

    void skip() throws XMLStreamException {
        readText(false);
    }

    /**
     * All text in the current element and below, whitespace collapsed; paragraphs (blank lines,
     * or p, div, li, br elements) stay apart as blank lines.
     */
    String text() throws XMLStreamException {
        return readText(true);
    }

    /** The element's text in the language in scope; empty when the element has no text. */
    Optional<LangText> langText() throws XMLStreamException {
        String language = language();
        String text = text();
        return text.isEmpty() ? Optional.empty() : Optional.of(new LangText(text, language));
    }

    String localName() {
        return reader.getLocalName();
    }

    /**
     * The current element's attribute by local name, trimmed; null if absent or blank. DDI's own
     * attributes have no namespace; a namespaced one (xsi:type) counts only when there is no such.
     */
    String attribute(String localName) {
        String namespaced = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                String namespace = reader.getAttributeNamespace(i);
                String value = reader.getAttributeValue(i).strip();
                if (namespace == null || namespace.isEmpty()) {
                    return value.isEmpty() ? null : value;
                }
                namespaced = namespaced == null && !value.isEmpty() ? value : namespaced;
            }
        }
        return namespaced;
    }

    String language() {
        return languages.peek();
    }

    long line() {
        return reader.getLocation().getLineNumber();
    }

    long column() {
        return reader.getLocation().getColumnNumber();
    }

    void warn(String message) {
        warnAt(message, line(), column());
    }

    void warnAt(String message, long line, long column) {
        issues.add(Severity.WARNING, message, line, column);
    }

    /** Records a fatal issue at the current position; the caller throws what this returns. */
    SourceFormatException fail(String message) {
        return SourceFormatException.fatal(issues, message, line(), column());
    }

    private String readText(boolean keep) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (keep) {
                        text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    breakAt(text);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    breakAt(text);
                }
                default -> { }
            }
        }
        languages.pop();
        return keep ? normalize(text) : "";
    }

    private void breakAt(StringBuilder text) {
        if (BLOCKS.contains(reader.getLocalName())) {
            text.append("\n\n");
        }
    }

    private static String normalize(CharSequence raw) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(raw)) {
            String collapsed = WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(collapsed);
            }
        }
        return out.toString();
    }

    /**
     * Pushes the element's language: its xml:lang, else DDI 1.x's legacy {@code xml-lang}
     * attribute, else the parent's. Values that name no language are ignored, with one warning each.
     */
    private void enter() {
        String declared = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (declared == null) {
            declared = reader.getAttributeValue(null, "xml-lang");
        }
        String inherited = languages.peek();
        if (declared == null || declared.isBlank()) {
            languages.push(inherited);
            return;
        }
        Optional<String> tag = LanguageTags.canonical(declared.strip());
        if (tag.isEmpty() && rejectedLanguages.add(declared)) {
            warn("Ignoring language '" + declared + "', which is not a language tag; using '" + inherited + "'");
        }
        languages.push(tag.orElse(inherited));
    }
}
