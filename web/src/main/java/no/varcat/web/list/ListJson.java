package no.varcat.web.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.varcat.catalog.store.Iris;

/**
 * The list as a JSON document (docs/list.md), for export and import:
 *
 * <pre>
 * {"version": 1, "entries": [
 *   {"type": "variable", "iri": "https://...", "from": 2015, "to": 2020, "reason": "..."},
 *   {"type": "concept", "iri": "https://...", "from": null, "to": null, "reason": null}]}
 * </pre>
 *
 * An export adds, for people reading it, {@code link} at the top and {@code label}, {@code register}
 * and {@code url} to each entry; an import accepts them and takes nothing from them. Anything else
 * is refused naming the field, as is every value out of bounds: an import stores nothing unless all of
 * it is right.
 */
final class ListJson {

    static final int VERSION = 1;
    /** More faults than this are not listed: the first ones say what is wrong with the file. */
    private static final int MAX_FAULTS = 20;
    private static final Set<String> TOP = Set.of("version", "entries", "link", "exported");
    private static final Set<String> ENTRY = Set.of("type", "iri", "from", "to", "reason", "label", "register", "url");

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).maxStringLength(100_000).build())
            .build()).build();

    private ListJson() {
    }

    /** The entries of a document, or the faults that keep it out. */
    record Read(List<ListEntry> entries, List<ListFault> faults) {
        boolean ok() {
            return faults.isEmpty();
        }
    }

    /** An entry as exported, with what helps a person reading the file. */
    record Exported(ListEntry entry, String label, String register, String url) {
    }

    static byte[] write(String link, List<Exported> entries) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put("link", link);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Exported exported : entries) {
            ListEntry e = exported.entry();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            entry.put("iri", e.iri());
            entry.put("from", e.from());
            entry.put("to", e.to());
            entry.put("reason", e.reason());
            entry.put("label", exported.label());
            if (exported.register() != null) {
                entry.put("register", exported.register());
            }
            entry.put("url", exported.url());
            list.add(entry);
        }
        document.put("entries", list);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    static Read read(byte[] body, EntryRules rules) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            var at = e.getLocation();
            return fault(ListFault.at("(file)", "list.import.error.json", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            return fault(ListFault.at("(file)", "list.import.error.object"));
        }
        List<ListFault> faults = new ArrayList<>();
        for (String name : root.propertyNames()) {
            if (!TOP.contains(name)) {
                faults.add(ListFault.at(name, "list.import.error.unknown"));
            }
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            faults.add(ListFault.at("version", "list.import.error.version", VERSION));
        }
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            faults.add(ListFault.at("entries", "list.import.error.entries"));
            return new Read(List.of(), faults);
        }
        if (entries.size() > SavedLists.MAX_ENTRIES) {
            faults.add(ListFault.at("entries", "list.import.error.toomany", SavedLists.MAX_ENTRIES));
            return new Read(List.of(), faults);
        }
        List<ListEntry> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size() && faults.size() < MAX_FAULTS; i++) {
            JsonNode iri = entries.get(i).get("iri");
            if (iri != null && iri.isString() && !seen.add(iri.stringValue())) {
                faults.add(ListFault.at("entries[" + i + "].iri", "list.import.error.twice"));
                continue;
            }
            ListEntry entry = entry(entries.get(i), "entries[" + i + "]", rules, faults);
            if (entry != null) {
                read.add(entry);
            }
        }
        return new Read(faults.isEmpty() ? read : List.of(), faults.subList(0, Math.min(faults.size(), MAX_FAULTS)));
    }

    private static ListEntry entry(JsonNode node, String at, EntryRules rules, List<ListFault> faults) {
        if (!node.isObject()) {
            faults.add(ListFault.at(at, "list.import.error.object"));
            return null;
        }
        int before = faults.size();
        for (String name : node.propertyNames()) {
            if (!ENTRY.contains(name)) {
                faults.add(ListFault.at(at + "." + name, "list.import.error.unknown"));
            }
        }
        ListEntry.Kind kind = null;
        JsonNode type = node.get("type");
        if (type != null && type.isString() && type.stringValue().equals("variable")) {
            kind = ListEntry.Kind.VARIABLE;
        } else if (type != null && type.isString() && type.stringValue().equals("concept")) {
            kind = ListEntry.Kind.CONCEPT;
        } else {
            faults.add(ListFault.at(at + ".type", "list.import.error.type"));
        }
        JsonNode iriNode = node.get("iri");
        String iri = iriNode != null && iriNode.isString() ? iriNode.stringValue() : null;
        if (iri == null || iri.length() > EntryRules.MAX_IRI || !Iris.isAbsolute(iri) || iri.indexOf('>') >= 0) {
            faults.add(ListFault.at(at + ".iri", "list.import.error.iri"));
        }
        Integer from = year(node.get("from"), at + ".from", rules, faults);
        Integer to = year(node.get("to"), at + ".to", rules, faults);
        if (from != null && to != null && from > to) {
            faults.add(ListFault.at(at + ".to", "list.error.order", from, to));
        }
        JsonNode reasonNode = node.get("reason");
        String reason = null;
        if (reasonNode != null && !reasonNode.isNull()) {
            if (!reasonNode.isString()) {
                faults.add(ListFault.at(at + ".reason", "list.import.error.text"));
            } else if (reasonNode.stringValue().length() > EntryRules.MAX_REASON) {
                faults.add(ListFault.at(at + ".reason", "list.error.reason.long", EntryRules.MAX_REASON));
            } else {
                reason = EntryRules.cleanReason(reasonNode.stringValue());
            }
        }
        return faults.size() > before ? null : new ListEntry(kind, iri, from, to, reason);
    }

    private static Integer year(JsonNode node, String at, EntryRules rules, List<ListFault> faults) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || !rules.yearInRange(node.intValue())) {
            faults.add(ListFault.at(at, "list.error.year", EntryRules.MIN_YEAR, rules.maxYear()));
            return null;
        }
        return node.intValue();
    }

    private static Read fault(ListFault fault) {
        return new Read(List.of(), List.of(fault));
    }
}
