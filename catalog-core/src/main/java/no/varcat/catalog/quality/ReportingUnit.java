package no.varcat.catalog.quality;

import java.util.Objects;

/**
 * Where a measurement was made: a hospital or health trust (its organisation's IRI), a region or
 * the country, with the name the source gives it.
 */
public record ReportingUnit(String iri, String name) {

    public ReportingUnit {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
    }
}
