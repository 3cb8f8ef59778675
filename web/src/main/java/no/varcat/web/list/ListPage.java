package no.varcat.web.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/**
 * What the list page shows: the variables grouped by register (registers by title, variables in
 * the order added), then the concepts with the variables that share them. Each row has its place in
 * the one form that saves years and reasons ({@code index}), and the values as typed when a save
 * was refused.
 *
 * @param pruned how many entries the catalog no longer has (left out, and dropped from the list)
 */
public record ListPage(List<Group> groups, List<Row> concepts, int count, List<ListEntry> gone) {

    /** One register's entries. */
    public record Group(String registerIri, LocalizedText title, List<Row> rows) {
    }

    /**
     * One entry as shown: the variable, or the concept with the variables sharing it.
     *
     * @param from the year as typed, or as stored
     */
    public record Row(int index, ListEntry entry, VariableSummary variable, Concepts.Shared concept, String from, String to,
            String reason) {

        public String iri() {
            return entry.iri();
        }

        public LocalizedText label() {
            return variable != null ? variable.label() : concept.concept().label();
        }
    }

    /** Values as a refused form had them, by entry IRI. */
    record Typed(String from, String to, String reason) {
    }

    /**
     * The page for {@code entries}: one query for the variables, a bounded one per concept; entries
     * the catalog lacks are in {@code gone}.
     */
    static ListPage of(List<ListEntry> entries, VariableRepository variables, Concepts concepts, Map<String, Typed> typed) {
        List<String> variableIris = entries.stream().filter(e -> e.kind() == ListEntry.Kind.VARIABLE).map(ListEntry::iri).toList();
        Map<String, VariableSummary> found = new LinkedHashMap<>();
        variables.findByIris(variableIris).forEach(v -> found.put(v.iri(), v));
        List<Concepts.Concept> conceptList = concepts.find(
                entries.stream().filter(e -> e.kind() == ListEntry.Kind.CONCEPT).map(ListEntry::iri).toList());
        Map<String, Concepts.Shared> shared = new LinkedHashMap<>();
        concepts.withVariables(conceptList).forEach(s -> shared.put(s.concept().iri(), s));

        Map<String, List<Row>> byRegister = new LinkedHashMap<>();
        Map<String, LocalizedText> titles = new LinkedHashMap<>();
        List<Row> conceptRows = new ArrayList<>();
        List<ListEntry> gone = new ArrayList<>();
        int index = 0;
        // Registers in title order, then concepts: the order rows appear in, and so in the form.
        List<ListEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing((ListEntry e) -> e.kind() == ListEntry.Kind.CONCEPT)
                .thenComparing(e -> found.containsKey(e.iri()) ? found.get(e.iri()).registerTitle().in("nb").toLowerCase() : ""));
        for (ListEntry entry : ordered) {
            VariableSummary variable = entry.kind() == ListEntry.Kind.VARIABLE ? found.get(entry.iri()) : null;
            Concepts.Shared concept = entry.kind() == ListEntry.Kind.CONCEPT ? shared.get(entry.iri()) : null;
            if (variable == null && concept == null) {
                gone.add(entry);
                continue;
            }
            Typed t = typed.getOrDefault(entry.iri(), new Typed(text(entry.from()), text(entry.to()), entry.reason()));
            Row row = new Row(index++, entry, variable, concept, t.from(), t.to(), t.reason());
            if (variable != null) {
                byRegister.computeIfAbsent(variable.registerIri(), r -> new ArrayList<>()).add(row);
                titles.putIfAbsent(variable.registerIri(), variable.registerTitle());
            } else {
                conceptRows.add(row);
            }
        }
        List<Group> groups = byRegister.entrySet().stream()
                .map(e -> new Group(e.getKey(), titles.get(e.getKey()), List.copyOf(e.getValue()))).toList();
        return new ListPage(groups, conceptRows, index, gone);
    }

    /** The IRIs of every entry shown, for the "listed" marks. */
    public Set<String> iris() {
        return rows().stream().map(Row::iri).collect(Collectors.toSet());
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        groups.forEach(g -> rows.addAll(g.rows()));
        rows.addAll(concepts);
        return rows;
    }

    /** Up to four listed variables, for the compare link. */
    public List<String> comparable() {
        return groups.stream().flatMap(g -> g.rows().stream()).map(Row::iri).limit(4).toList();
    }

    private static String text(Integer year) {
        return year == null ? "" : year.toString();
    }
}
