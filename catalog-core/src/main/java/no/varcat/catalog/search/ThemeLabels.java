package no.varcat.catalog.search;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.vocab.ControlledVocabularies;

/** Bokmål and English labels of the themes registers use: EU data themes and varcat's health themes. */
final class ThemeLabels {

    /** Parsed once: the theme lists ship with varcat and do not change while it runs. */
    private static final Map<String, String[]> LABELS = load();

    private ThemeLabels() {
    }

    /** The bokmål label, else the English one, else the IRI itself. */
    static String nb(String iri) {
        String[] labels = LABELS.get(iri);
        return labels == null ? iri : labels[0] != null ? labels[0] : labels[1] != null ? labels[1] : iri;
    }

    /** The English label, or null. */
    static String en(String iri) {
        String[] labels = LABELS.get(iri);
        return labels == null ? null : labels[1];
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> labels = new HashMap<>();
        for (Model model : new Model[] {ControlledVocabularies.dataThemes(), ControlledVocabularies.healthThemes()}) {
            model.listStatements(null, SKOS.prefLabel, (RDFNode) null).forEachRemaining(s -> add(labels, s));
        }
        return Map.copyOf(labels);
    }

    private static void add(Map<String, String[]> labels, Statement statement) {
        Resource theme = statement.getSubject();
        if (!theme.isURIResource() || !statement.getObject().isLiteral()) {
            return;
        }
        String language = statement.getLiteral().getLanguage();
        int slot = language.equals("nb") ? 0 : language.equals("en") ? 1 : -1;
        if (slot >= 0) {
            labels.computeIfAbsent(theme.getURI(), k -> new String[2])[slot] = statement.getLiteral().getLexicalForm();
        }
    }
}
