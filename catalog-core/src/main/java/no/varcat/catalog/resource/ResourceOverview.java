package no.varcat.catalog.resource;

import java.util.List;

import no.varcat.catalog.text.LocalizedText;

/**
 * What the page of a code list, an indicator or a publisher shows: its name and description, and
 * the rows of what it holds (codes, measurements, registers), each possibly linking to a resource.
 *
 * @param context the register an indicator comes from, or null
 */
public record ResourceOverview(ResourceKind kind, String iri, LocalizedText title, LocalizedText description,
        Link context, List<Row> rows, List<Link> related) {

    /** A row: a code (notation, label, whether it means missing), a measurement (year, unit, value) or a register. */
    public record Row(String key, LocalizedText label, String value, Link link) {
    }

    /** A resource to link to, with its name. */
    public record Link(ResourceKind kind, String iri, LocalizedText label) {
    }
}
