package no.varcat.harvest;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * A place a register publishes metadata, and what format it is in.
 *
 * @param id       short stable key, used in the source's graph name and in URLs
 * @param location where to read it: http(s), file, or classpath (bundled sample data)
 * @param format   the format key of the reader to use, e.g. "turtle"
 * @param register IRI of the register the source describes, for formats that do not say; or null
 * @param preset   layout of a format that has several (see docs/source-formats.md); or null
 */
public record HarvestSource(String id, URI location, String format, String title, String register, String preset) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public HarvestSource {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A source id is 1-64 lower-case letters, digits and dashes, was '" + id + "'");
        }
        if (location == null || location.getScheme() == null) {
            throw new IllegalArgumentException("Source " + id + " needs an absolute location, was " + location);
        }
    }

    /** A source whose format names its register and has one layout. */
    public HarvestSource(String id, URI location, String format, String title) {
        this(id, location, format, title, null, null);
    }

    /** The named graph that holds everything harvested from this source. */
    public String graphName() {
        return graphNameFor(id);
    }

    public static String graphNameFor(String id) {
        return "urn:varcat:source:" + id;
    }
}
