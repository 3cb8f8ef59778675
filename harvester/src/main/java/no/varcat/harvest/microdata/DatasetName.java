package no.varcat.harvest.microdata;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A microdata.no dataset's short name, which its metadata file does not hold: microdata.no names
 * a dataset by its files ({@code BEFOLKNING_SIVILSTAND/BEFOLKNING_SIVILSTAND.json}), and a name
 * has only upper-case letters A-Z, digits and underscores (the rule microdata.no's validator
 * applies to file names; the metadata service's names, {@code FNR}, {@code AKT_ARBAP}, follow it).
 * Files are often saved with a prefix ({@code microdata-no_BEFOLKNING_SIVILSTAND.json}), so the
 * name is the run of such characters that ends the file name, without leading underscores.
 */
final class DatasetName {

    /** Ends a file name: an upper-case letter, then upper-case letters, digits and underscores. */
    private static final Pattern NAME_AT_END = Pattern.compile("[A-Z][A-Z0-9_]*$");

    private DatasetName() {
    }

    /** The name that ends the file name of {@code location} (after dropping {@code .json}); empty when none does. */
    static Optional<String> of(String location) {
        String path = path(location);
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (file.toLowerCase(Locale.ROOT).endsWith(".json")) {
            file = file.substring(0, file.length() - ".json".length());
        }
        Matcher name = NAME_AT_END.matcher(file);
        return name.find() ? Optional.of(name.group()) : Optional.empty();
    }

    private static String path(String location) {
        try {
            String path = URI.create(location).getPath();
            if (path != null) {
                return path;
            }
        } catch (IllegalArgumentException e) {
            // Not a URI we can split; fall back on the text.
        }
        return location.replaceAll("[?#].*$", "");
    }
}
