package no.varcat.catalog.officialshapes;

import java.util.Objects;

/**
 * One file of a {@link ShapeSet}, as it was registered.
 *
 * @param name    the file's name (an upload's, or the last segment of its address)
 * @param source  the http(s) address it was fetched from; null for an upload
 * @param triples how many triples it held
 */
public record ShapeFile(String name, String source, long triples) {

    public ShapeFile {
        Objects.requireNonNull(name, "name");
    }
}
