package no.varcat.catalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Settings and mappings of an index, kept as a JSON resource beside this class. The search-time
 * synonym list is put in when the index is created, so editing the list takes effect on reindex.
 */
public record IndexDefinition(String alias, String json) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String SYNONYM_FILTER = "varcat_synonyms_filter";

    public static IndexDefinition variables(List<String> synonyms) {
        return load("varcat-variables", "variables-index.json", synonyms);
    }

    public static IndexDefinition registers(List<String> synonyms) {
        return load("varcat-registers", "registers-index.json", synonyms);
    }

    /** The synonym rules shipped with varcat (Solr format, one rule a line, # comments). */
    public static List<String> defaultSynonyms() {
        try (InputStream in = resource("synonyms.txt")) {
            return synonymRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The English &lt;-&gt; Norwegian health terms shipped with varcat, in the format of the synonyms.
     * They go into the same search-time synonym filter, so English queries find Norwegian text.
     */
    public static List<String> defaultHealthTerms() {
        try (InputStream in = resource("health-terms.txt")) {
            return synonymRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both shipped lists, as one set of rules for the synonym filter. */
    public static List<String> defaultSearchRules() {
        return searchRules(defaultSynonyms(), defaultHealthTerms());
    }

    /** The synonyms, then the health terms: one filter, one mechanism. */
    public static List<String> searchRules(List<String> synonyms, List<String> healthTerms) {
        return java.util.stream.Stream.concat(synonyms.stream(), healthTerms.stream()).toList();
    }

    /**
     * An operator's own synonym list, in the format of the shipped one (UTF-8). The rules are part of
     * the index definition, so an edited list changes its hash and the index is rebuilt behind its
     * alias on the next start.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static List<String> synonymsFrom(Path file) {
        return rulesFrom(file, "synonyms");
    }

    /**
     * An operator's own health-term list, in the format of the shipped one, used instead of it.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static List<String> healthTermsFrom(Path file) {
        return rulesFrom(file, "health terms");
    }

    private static List<String> rulesFrom(Path file, String what) {
        try {
            return synonymRules(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + what + " file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> synonymRules(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static IndexDefinition load(String alias, String resourceName, List<String> synonyms) {
        try (InputStream in = resource(resourceName)) {
            ObjectNode root = (ObjectNode) JSON.readTree(in);
            JsonNode filter = root.path("settings").path("analysis").path("filter").path(SYNONYM_FILTER);
            if (filter instanceof ObjectNode synonymFilter) {
                ArrayNode rules = synonymFilter.putArray("synonyms");
                synonyms.forEach(rules::add);
            }
            return new IndexDefinition(alias, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = IndexDefinition.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name + " next to " + IndexDefinition.class.getName());
        }
        return in;
    }
}
