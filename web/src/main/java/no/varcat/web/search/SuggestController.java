package no.varcat.web.search;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.varcat.catalog.search.VariableSuggestion;
import no.varcat.catalog.search.VariableSuggestions;
import no.varcat.web.resource.ResourceUrls;

/** Suggestions for the search box's autocomplete (suggest.js), in the reader's language. */
@RestController
class SuggestController {

    private final VariableSuggestions suggestions;
    private final ResourceUrls urls;

    SuggestController(VariableSuggestions suggestions, ResourceUrls urls) {
        this.suggestions = suggestions;
        this.urls = urls;
    }

    /** One suggestion as the script shows it; {@code url} opens the variable page. */
    record Suggestion(String label, String notation, String register, String url) {
    }

    @GetMapping("/api/suggest")
    ResponseEntity<List<Suggestion>> suggest(@RequestParam(name = "q", required = false) String q, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<Suggestion> found = suggestions.suggest(q).stream().map(s -> new Suggestion(
                pick(english, s.labelEn(), s.labelNb(), s.notation()),
                s.notation(),
                pick(english, s.registerTitleEn(), s.registerTitleNb(), ""),
                urls.variable(s.iri())))
                .toList();
        return ResponseEntity.ok(found);
    }

    private static String pick(boolean english, String en, String nb, String fallback) {
        String first = english ? en : nb;
        String second = english ? nb : en;
        return first != null && !first.isBlank() ? first : second != null && !second.isBlank() ? second : fallback;
    }
}
