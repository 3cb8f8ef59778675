package no.varcat.vocab;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The concepts of one controlled vocabulary, found by IRI, by the short name a URL carries, or by
 * the text a source writes (its notation or any of its labels, case and accents aside). Parsed once:
 * the lists ship with varcat and do not change while it runs.
 */
public final class ControlledTerms {

    /** How a variable's values relate to time: fixed, status, accumulated, event. */
    public static final ControlledTerms TEMPORALITY = new ControlledTerms(ControlledVocabulary.TEMPORALITY_TYPES);
    /** What a variable's values describe: person, episode, prescription, ... */
    public static final ControlledTerms UNIT_TYPES = new ControlledTerms(ControlledVocabulary.UNIT_TYPES);

    /**
     * One concept.
     *
     * @param param    the last segment of its IRI ({@code event}, {@code person}): what URLs and the search index carry
     * @param notation its {@code skos:notation} ({@code EVENT}, {@code PERSON})
     */
    public record Term(String iri, String param, String notation, String labelNb, String labelEn) {
    }

    private final List<Term> terms;
    private final Map<String, Term> byIri = new HashMap<>();
    private final Map<String, Term> byParam = new HashMap<>();
    private final Map<String, Term> byText = new HashMap<>();

    private ControlledTerms(ControlledVocabulary vocabulary) {
        Model model = vocabulary.model();
        List<Term> all = new ArrayList<>();
        for (Resource concept : model.listResourcesWithProperty(RDF.type, SKOS.Concept).toList()) {
            String iri = concept.getURI();
            Term term = new Term(iri, iri.substring(iri.lastIndexOf('/') + 1), concept.getProperty(SKOS.notation).getString(),
                    label(concept, "nb"), label(concept, "en"));
            all.add(term);
            byIri.put(iri, term);
            byParam.put(term.param(), term);
            byText.putIfAbsent(key(term.notation()), term);
            byText.putIfAbsent(key(term.param()), term);
            for (var labels : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                concept.listProperties(labels).forEach(s -> byText.putIfAbsent(key(s.getString()), term));
            }
        }
        all.sort(Comparator.comparing(Term::param));
        this.terms = List.copyOf(all);
    }

    /** Every concept, by {@link Term#param()}. */
    public List<Term> terms() {
        return terms;
    }

    public Optional<Term> byIri(String iri) {
        return Optional.ofNullable(iri == null ? null : byIri.get(iri));
    }

    /** The concept a URL names ({@code person}), case aside. */
    public Optional<Term> byParam(String param) {
        return Optional.ofNullable(param == null ? null : byParam.get(param.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The concept a source's text names: its notation ({@code PERSON}), its short name, or one of
     * its labels in any language ({@code Sykehusopphold}), ignoring case, accents and spacing.
     */
    public Optional<Term> byText(String text) {
        return Optional.ofNullable(text == null || text.isBlank() ? null : byText.get(key(text)));
    }

    private static String label(Resource concept, String language) {
        for (RDFNode node : concept.listProperties(SKOS.prefLabel).mapWith(s -> s.getObject()).toList()) {
            Literal literal = node.asLiteral();
            if (literal.getLanguage().equals(language)) {
                return literal.getLexicalForm();
            }
        }
        return null;
    }

    /** Lower case, without accents (ø, æ and å folded as o, ae, a) and with runs of space, '-' and '_' as one space. */
    private static String key(String text) {
        String folded = text.strip().toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae");
        String plain = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[\\s_-]+", " ");
    }
}
