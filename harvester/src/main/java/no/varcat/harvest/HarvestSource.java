package no.varcat.harvest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import no.varcat.harvest.codebook.ColumnMapping;

/**
 * A place a register publishes metadata, and what format it is in.
 *
 * @param id         short stable key, used in the source's graph name and in URLs
 * @param location   where to read it: http(s), file, or classpath (bundled sample data)
 * @param format     the format key of the reader to use, e.g. "turtle"
 * @param register   IRI of the register the source describes, for formats that do not say; or null
 * @param preset     layout of a format that has several (see docs/source-formats.md); or null
 * @param authHeader a header line sent with http(s) requests to the location's origin, e.g.
 *                   "Authorization: Bearer ..." or "X-Api-Key: ..."; or null. A secret: never
 *                   logged, never in reports, left out of {@link #toString()}
 * @param columns    a codebook's own column names over its preset, {@code name=Variabelnavn;label=Etikett}
 *                   ({@link ColumnMapping}); or null
 */
public record HarvestSource(String id, URI location, String format, String title, String register, String preset,
        String authHeader, String columns) {

    private static final String GRAPH_PREFIX = "urn:varcat:source:";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Headers the HTTP layer sets itself, which a source must not override. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    public HarvestSource {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("A source id is 1-64 lower-case letters, digits and dashes, was '" + id + "'");
        }
        if (location == null || location.getScheme() == null) {
            throw new IllegalArgumentException("Source " + id + " needs an absolute location, was " + location);
        }
        if (location.getRawUserInfo() != null) {
            // It would be logged with the location; a secret belongs in authHeader.
            throw new IllegalArgumentException("Source " + id + ": put credentials in authHeader, not in the location");
        }
        if (authHeader != null) {
            checkAuthHeader(id, authHeader);
        }
        columns = columns == null || columns.isBlank() ? null : columns.strip();
        ColumnMapping.problem(columns).ifPresent(problem -> {
            throw new IllegalArgumentException("Source " + id + ": columns: " + problem);
        });
    }

    /** A source with the preset's column names. */
    public HarvestSource(String id, URI location, String format, String title, String register, String preset, String authHeader) {
        this(id, location, format, title, register, preset, authHeader, null);
    }

    /** This source with its auth header. */
    public HarvestSource withAuthHeader(String header) {
        return new HarvestSource(id, location, format, title, register, preset, header, columns);
    }

    /** Whether {@code id} can name a source: 1-64 lower-case letters, digits and dashes, not starting with a dash. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** A source of a format with several layouts, or one that does not name its register. */
    public HarvestSource(String id, URI location, String format, String title, String register, String preset) {
        this(id, location, format, title, register, preset, null);
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
        return GRAPH_PREFIX + id;
    }

    /** Whether {@code graphName} names the graph of a source's harvested content (not its log or registration). */
    public static boolean isGraphName(String graphName) {
        return graphName != null && graphName.startsWith(GRAPH_PREFIX) && isValidId(graphName.substring(GRAPH_PREFIX.length()));
    }

    /**
     * The named graph of the URL ids ({@code varcat:pathId}) of what the source's graph describes:
     * derived data, kept beside the source's own so that graph stays exactly what was harvested.
     */
    public static String idsGraphNameFor(String id) {
        return "urn:varcat:ids:" + id;
    }

    /** The IRI of the source itself, as its registration and its harvest log name it. */
    public static String iriFor(String id) {
        return "urn:varcat:harvest-source:" + id;
    }

    /** Every component but the auth header's value. */
    @Override
    public String toString() {
        return "HarvestSource[id=" + id + ", location=" + location + ", format=" + format + ", title=" + title
                + ", register=" + register + ", preset=" + preset + ", columns=" + columns
                + ", authHeader=" + (authHeader == null ? "none" : authHeader.substring(0, authHeader.indexOf(':')) + ": (hidden)") + "]";
    }

    private static void checkAuthHeader(String id, String header) {
        // The messages never quote the header: it holds a secret.
        int colon = header.indexOf(':');
        String name = colon < 0 ? "" : header.substring(0, colon);
        String value = colon < 0 ? "" : header.substring(colon + 1).strip();
        if (!HEADER_NAME.matcher(name).matches() || value.isEmpty()) {
            throw new IllegalArgumentException("Source " + id + ": authHeader must be 'Name: value', e.g. 'Authorization: Bearer ...'");
        }
        if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Source " + id + ": authHeader cannot set the " + name + " header");
        }
        if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F)) {
            throw new IllegalArgumentException("Source " + id + ": authHeader's value has a control character");
        }
    }
}
