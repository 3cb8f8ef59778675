package no.varcat.catalog.dcat;

import java.time.Instant;
import java.util.Optional;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.text.Sha256;
import no.varcat.vocab.Prefixes;

/**
 * What the exported catalog's content depends on, read from the store without building the
 * catalog: for each source graph that holds data, the newest harvest run that wrote it. A harvest
 * that writes adds a run; a removed source's graph goes empty and drops out. So {@link #tag()}
 * changes whenever the catalog can, and every instance on the same store computes the same tag.
 * {@link #lastModified()} is the newest such run; a removed source does not move it forward, which
 * is why clients should send the ETag too.
 */
public record CatalogVersion(String tag, Optional<Instant> lastModified) {

    /**
     * The harvest logs are found first, by their one {@code varcat:latestRun} each, and the runs are
     * looked up in them: {@code prov:wasGeneratedBy} alone also matches every entry of the change log
     * (a million after a 1M load), which made this query, and with it every answer of the catalog
     * (its ETag), take seconds.
     */
    private static final String QUERY = """
            SELECT ?g (MAX(?end) AS ?last) WHERE {
              { SELECT DISTINCT ?log WHERE { GRAPH ?log { ?source varcat:latestRun ?latest } } }
              GRAPH ?log { ?g prov:wasGeneratedBy ?run . ?run prov:endedAtTime ?end }
              FILTER EXISTS { GRAPH ?g { ?s ?p ?o } }
            } GROUP BY ?g ORDER BY ?g
            """;

    /** One query, a row per harvested source: bounded by the number of sources and their logs, not of variables. */
    public static CatalogVersion read(CatalogStore store) {
        StringBuilder state = new StringBuilder();
        Instant[] newest = {null};
        store.select(Prefixes.sparqlPrologue() + QUERY, row -> {
            String last = row.getLiteral("last").getLexicalForm();
            state.append(row.getResource("g").getURI()).append(' ').append(last).append('\n');
            Instant end = Instant.parse(last);
            if (newest[0] == null || end.isAfter(newest[0])) {
                newest[0] = end;
            }
        });
        return new CatalogVersion(Sha256.hex(state.toString(), 16), Optional.ofNullable(newest[0]));
    }
}
