package no.varcat.catalog.search;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.Suggester;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;

/**
 * "Did you mean": a term suggester on words as written in the labels (lowercased, neither stemmed nor
 * folded, so the suggestion reads as Norwegian), each misspelt word replaced by its closest label word.
 */
final class SpellingSuggestion {

    static final String NAME = "spelling";

    private SpellingSuggestion() {
    }

    /**
     * Suggests only for words no label has. Prefix length 0: a typo in the first letter is the one
     * the typo-tolerant query cannot forgive, so it is where a suggestion helps most.
     */
    static Suggester suggester(String text, String field) {
        return Suggester.of(s -> s.text(text).suggesters(NAME, f -> f.term(t -> t
                .field(field)
                .suggestMode(SuggestMode.Missing)
                .prefixLength(0)
                .minWordLength(3)
                .size(1))));
    }

    /** The text with each word that has a suggestion replaced by it, or null when no word has one. */
    static <T> String from(String text, Map<String, List<Suggestion<T>>> suggest) {
        List<Suggestion<T>> words = suggest == null ? null : suggest.get(NAME);
        if (words == null) {
            return null;
        }
        StringBuilder result = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        for (Suggestion<T> word : words) {
            if (!word.isTerm()) {
                continue;
            }
            TermSuggest term = word.term();
            if (term.options().isEmpty() || term.offset() < copied || term.offset() + term.length() > text.length()) {
                continue;
            }
            result.append(text, copied, term.offset()).append(term.options().get(0).text());
            copied = term.offset() + term.length();
            changed = true;
        }
        return changed ? result.append(text.substring(copied)).toString() : null;
    }
}
