package no.varcat.web.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list page's form of years and reasons, read and checked: the entries to save, or the faults,
 * each naming its row and field, with the values as typed to show again.
 */
record ListForm(List<ListEntry> entries, Map<String, ListPage.Typed> typed, List<Fault> faults) {

    /** A fault of one field ({@code from}, {@code to} or {@code reason}) of the entry {@code iri}. */
    record Fault(String iri, String part, String key, Object... args) {
    }

    /**
     * The rows of the form: the i-th {@code iri} with the i-th {@code from}, {@code to} and
     * {@code reason} (missing ones are empty). Rows naming an entry not on {@code listed} are passed over.
     */
    static ListForm read(List<String> iris, List<String> from, List<String> to, List<String> reason, List<ListEntry> listed,
            EntryRules rules) {
        Map<String, ListEntry> byIri = listed.stream().collect(Collectors.toMap(ListEntry::iri, e -> e, (a, b) -> a));
        List<ListEntry> entries = new ArrayList<>();
        Map<String, ListPage.Typed> typed = new LinkedHashMap<>();
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < iris.size() && i < SavedLists.MAX_ENTRIES; i++) {
            ListEntry entry = byIri.get(iris.get(i));
            if (entry == null || typed.containsKey(entry.iri())) {
                continue;
            }
            String fromText = at(from, i).strip();
            String toText = at(to, i).strip();
            String reasonText = at(reason, i);
            typed.put(entry.iri(), new ListPage.Typed(fromText, toText, reasonText));
            Integer fromYear = year(entry.iri(), "from", fromText, rules, faults);
            Integer toYear = year(entry.iri(), "to", toText, rules, faults);
            if (fromYear != null && toYear != null && fromYear > toYear) {
                faults.add(new Fault(entry.iri(), "to", "list.error.order", fromYear, toYear));
            }
            if (reasonText.length() > EntryRules.MAX_REASON) {
                faults.add(new Fault(entry.iri(), "reason", "list.error.reason.long", EntryRules.MAX_REASON));
            }
            entries.add(entry.withDetails(fromYear, toYear, EntryRules.cleanReason(reasonText)));
        }
        return new ListForm(entries, typed, faults);
    }

    /** The faults as the page names them: the field's id in the form and the entry's label. */
    List<ListFault> faultsOnPage(ListPage page, String fromWord, String toWord, String reasonWord, String lang) {
        Map<String, ListPage.Row> rows = new HashMap<>();
        page.rows().forEach(r -> rows.put(r.iri(), r));
        Map<String, String> words = Map.of("from", fromWord, "to", toWord, "reason", reasonWord);
        List<ListFault> said = new ArrayList<>();
        for (Fault fault : faults) {
            ListPage.Row row = rows.get(fault.iri());
            if (row != null) {
                said.add(new ListFault(fault.part() + "-" + row.index(), "«" + row.label().in(lang) + "», " + words.get(fault.part()),
                        fault.key(), fault.args()));
            }
        }
        return said;
    }

    private static Integer year(String iri, String part, String text, EntryRules rules, List<Fault> faults) {
        if (text.isEmpty()) {
            return null;
        }
        Integer year = rules.year(text);
        if (year == null) {
            faults.add(new Fault(iri, part, "list.error.year", EntryRules.MIN_YEAR, rules.maxYear()));
        }
        return year;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }
}
