package no.varcat.web.register;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import no.varcat.catalog.variable.VariableSummary;

/**
 * Narrows a register's variable list to those whose technical name, label or definition (any
 * language) contains every word typed, ignoring case and Norwegian letters ("fodsel" finds
 * «Fødsel»). The list is one register's, so this runs in memory rather than in the search index.
 */
final class VariableFilter {

    private VariableFilter() {
    }

    static List<VariableSummary> matching(List<VariableSummary> variables, String typed) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return variables;
        }
        return variables.stream().filter(v -> {
            String text = fold(String.join(" ", Stream.of(v.notation(), v.label().nb(), v.label().nn(), v.label().en(),
                    v.definition().nb(), v.definition().nn(), v.definition().en()).filter(s -> s != null).toList()));
            return words.stream().allMatch(text::contains);
        }).toList();
    }

    private static List<String> words(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fold(typed).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('_', ' ');
    }
}
