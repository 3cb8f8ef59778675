package no.varcat.catalog.dcat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import no.varcat.vocab.Prefixes;
import no.varcat.catalog.store.CatalogStore;

/**
 * When a register's description was first harvested and last changed, from the harvest log: the
 * successful runs that generated the source graphs typing it a dcat:Dataset. Every recorded
 * successful run wrote new content (a run that finds the source unchanged records nothing), so the
 * newest one's end is the last change. The log keeps each source's newest 100 runs, so for an old,
 * busy source "first harvested" is the oldest run still on record.
 */
record RecordDates(Optional<Instant> issued, Instant modified) {

    private static final String QUERY = """
            SELECT ?d (MIN(?start) AS ?issued) (MAX(?end) AS ?modified) WHERE {
              %s
              GRAPH ?g { ?d a dcat:Dataset }
              ?g prov:wasGeneratedBy ?run .
              ?run prov:endedAtTime ?end .
              OPTIONAL { ?run prov:startedAtTime ?start }
            } GROUP BY ?d
            """;

    /** The dates of the registers in {@code values} (a {@code VALUES ?d} block), in one query. */
    static Map<String, RecordDates> read(CatalogStore store, String values) {
        Map<String, RecordDates> dates = new HashMap<>();
        store.select(Prefixes.sparqlPrologue() + QUERY.formatted(values), row -> {
            if (row.contains("modified")) {
                Optional<Instant> issued = row.contains("issued")
                        ? Optional.of(Instant.parse(row.getLiteral("issued").getLexicalForm())) : Optional.empty();
                dates.put(row.getResource("d").getURI(),
                        new RecordDates(issued, Instant.parse(row.getLiteral("modified").getLexicalForm())));
            }
        });
        return dates;
    }
}
