package no.varcat.web.list;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/**
 * A JSON document (docs/list.md) into a list: checked whole first, then its entries the catalog has
 * added (or their years and reason set, for those already on the list); entries the catalog no
 * longer has are counted and left out, as a list exported months ago may name variables gone since.
 */
@Component
class ListImport {

    /** Far above a full list with long reasons (500 x ~3 KB). */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final SavedLists lists;
    private final VariableRepository variables;
    private final Concepts concepts;
    private final EntryRules rules;

    ListImport(SavedLists lists, VariableRepository variables, Concepts concepts, EntryRules rules) {
        this.lists = lists;
        this.variables = variables;
        this.concepts = concepts;
        this.rules = rules;
    }

    /** What an import did, or the faults that kept it from doing anything. */
    record Outcome(List<ListFault> faults, int added, int updated, int unknown, int full) {
        boolean ok() {
            return faults.isEmpty();
        }
    }

    /** The document checked and its known entries, or its faults; stores nothing. */
    record Checked(List<ListFault> faults, List<ListEntry> known, int unknown) {
    }

    Checked check(byte[] body) {
        if (body.length > MAX_BYTES) {
            return new Checked(List.of(ListFault.at("(file)", "list.import.error.size", MAX_BYTES / 1024 / 1024)), List.of(), 0);
        }
        ListJson.Read read = ListJson.read(body, rules);
        if (!read.ok()) {
            return new Checked(read.faults(), List.of(), 0);
        }
        List<String> iris = read.entries().stream().map(ListEntry::iri).toList();
        Set<String> knownVariables = new HashSet<>(variables.findByIris(iris).stream().map(VariableSummary::iri).toList());
        List<String> conceptIris = read.entries().stream().filter(e -> e.kind() == ListEntry.Kind.CONCEPT).map(ListEntry::iri).toList();
        Set<String> knownConcepts = new HashSet<>(concepts.find(conceptIris).stream().map(Concepts.Concept::iri).toList());
        List<ListEntry> known = read.entries().stream().filter(e -> e.kind() == ListEntry.Kind.VARIABLE
                ? knownVariables.contains(e.iri()) : knownConcepts.contains(e.iri())).toList();
        return new Checked(List.of(), known, read.entries().size() - known.size());
    }

    Outcome into(ListId id, Checked checked) {
        List<SavedLists.Added> outcome = lists.add(id, checked.known(), true);
        return new Outcome(List.of(), count(outcome, SavedLists.Added.ADDED), count(outcome, SavedLists.Added.ALREADY_THERE),
                checked.unknown(), count(outcome, SavedLists.Added.FULL));
    }

    private static int count(List<SavedLists.Added> outcome, SavedLists.Added which) {
        return (int) outcome.stream().filter(o -> o == which).count();
    }
}
