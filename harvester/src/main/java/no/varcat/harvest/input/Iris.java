package no.varcat.harvest.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * IRIs that readers mint from names in the data, never from counters or blank nodes, so the same
 * file gives the same triples. A variable is {@code {register}/variable/{name}} whichever format
 * names it, so a coverage file and a codebook agree. Reporting units are IRIs of their own
 * registries, so a hospital is the same resource whichever source mentions it (docs/model.md).
 */
public final class Iris {

    /** The Central Coordinating Register for Legal Entities: publishers, hospitals, health trusts. */
    public static final String ORGANISATION = "https://data.brreg.no/enhetsregisteret/api/enheter/";
    /** Regions and the country, for units without an organisation number (docs/source-formats.md). */
    public static final String REGION = "https://w3id.org/varcat/region/";

    /**
     * SKDE's quality indicators, by the id its results portal and upload files (imongr) give them. The
     * ids are national (one database for every register), so the description, the results and the
     * upload files of an indicator meet at one IRI without being told its register.
     */
    public static final String SKDE_INDICATOR = "https://w3id.org/varcat/skde/indicator/";

    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("[0-9]{9}");

    private Iris() {
    }

    public static boolean isOrganisationNumber(String id) {
        return ORGANISATION_NUMBER.matcher(id).matches();
    }

    public static String organisation(String organisationNumber) {
        return ORGANISATION + organisationNumber;
    }

    /** A nine-digit id is an organisation number; any other id names a region. */
    public static String reportingUnit(String id) {
        return isOrganisationNumber(id) ? organisation(id) : REGION + segment(id);
    }

    /** An SKDE quality indicator by its id ({@code ind_id}), see {@link #SKDE_INDICATOR}. */
    public static String skdeIndicator(String id) {
        return SKDE_INDICATOR + segment(id);
    }

    /** An absolute http(s) IRI, such as a register's. */
    public static boolean isHttpIri(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The IRI without trailing slashes, so "/coverage/2023" can be appended. */
    public static String base(String iri) {
        String base = iri.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /** A variable of a register (or a DDI study) at {@code base}, a {@link #base} without trailing slash. */
    public static String variable(String base, String name) {
        return base + "/variable/" + segment(name);
    }

    /** The code list a variable's values are coded in: each variable has its own. */
    public static String codeList(String base, String variable) {
        return base + "/codelist/" + segment(variable);
    }

    public static String code(String base, String variable, String value) {
        return codeList(base, variable) + "/" + segment(value);
    }

    /**
     * Percent-encodes all but RFC 3986's unreserved characters, byte by byte in UTF-8 ("Ø" is
     * %C3%98). "." and ".." are encoded too: IRI resolution would remove them as path steps (SAS
     * writes "." for missing).
     */
    public static String segment(String raw) {
        if (raw.equals(".") || raw.equals("..")) {
            return raw.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
