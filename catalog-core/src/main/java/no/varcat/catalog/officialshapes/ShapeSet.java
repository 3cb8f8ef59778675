package no.varcat.catalog.officialshapes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An official set of SHACL shapes an operator registered (DCAT-AP-NO 2.0, say), as data in the
 * store: its name (in its graph's name and its address), a label for people, and the files it was
 * made of, in order.
 *
 * @param version a new value each time the set is saved: what a compiled copy is keyed by
 */
public record ShapeSet(String name, String label, String version, Instant modified, List<ShapeFile> files) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    public static final int MAX_LABEL = 200;

    public ShapeSet {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("Not a shape set name: " + name);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(modified, "modified");
        files = List.copyOf(files);
    }

    /** Lower-case letters, digits and inner dashes, at most 40: safe in an IRI and a URL path as it is. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public long triples() {
        return files.stream().mapToLong(ShapeFile::triples).sum();
    }
}
