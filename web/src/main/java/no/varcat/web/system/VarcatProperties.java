package no.varcat.web.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything configurable, under the prefix {@code varcat}. See the configuration reference in
 * README.md.
 *
 * @param dataDir       where the TDB2 store (and, by default, the local Elasticsearch node) live
 * @param baseUri       public base URI of this catalog, used for its own IRIs
 * @param elasticsearch where search runs
 * @param sampleData    whether to load the bundled sample catalog into an empty store (see {@link #loadsSampleData})
 * @param harvest       harvest settings
 * @param sourcesFile   a CSV of harvest sources with their cron schedules; none: only the sample data
 * @param catalog       how the DCAT export describes this catalog
 * @param admin         who may manage sources and start harvests
 * @param search        search settings
 * @param store         upkeep of the local TDB2 store
 */
@ConfigurationProperties("varcat")
public record VarcatProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("http://localhost:8080/") URI baseUri,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue SampleData sampleData,
        @DefaultValue Harvest harvest,
        Path sourcesFile,
        @DefaultValue Catalog catalog,
        @DefaultValue Admin admin,
        @DefaultValue Search search,
        @DefaultValue Store store) {

    /** Every IRI and URL the site mints is the base followed by a path: the base ends with '/', set so or not. */
    public VarcatProperties {
        if (baseUri != null && !baseUri.toString().endsWith("/")) {
            baseUri = URI.create(baseUri + "/");
        }
    }

    /**
     * @param url      external cluster; empty means: run a local node
     * @param apiKey   API key for the external cluster
     * @param username basic-auth user for the external cluster
     * @param password basic-auth password
     */
    public record Elasticsearch(URI url, String apiKey, String username, String password, @DefaultValue Local local) {
        public boolean external() {
            return url != null && !url.toString().isBlank();
        }

        /** Without the secrets: a record's own toString would print them wherever the settings are logged. */
        @Override
        public String toString() {
            return "Elasticsearch[url=" + url + ", apiKey=" + masked(apiKey) + ", username=" + username + ", password="
                    + masked(password) + ", local=" + local + "]";
        }
    }

    /**
     * @param distributionDir the directory holding the server and plugin zips; default: elasticsearch-dist beside the application
     * @param home            where the node is unpacked and keeps its data; default: {dataDir}/elasticsearch
     * @param heapMegabytes   heap of the local node
     * @param startTimeout    how long the start may take before the application gives up; a busy or
     *                        slow machine (a CI runner shared with other builds) needs minutes
     */
    public record Local(Path distributionDir, Path home, @DefaultValue("512") int heapMegabytes,
            @DefaultValue("300s") java.time.Duration startTimeout) {
    }

    /**
     * @param synonymsFile a list of search-time synonyms to use instead of the shipped one (same
     *                     format: "a, b" equivalent, "a => b" rewrites, # comments); none: the shipped list
     * @param healthTermsFile a list of English &lt;-&gt; Norwegian health terms to use instead of the shipped
     *                     one (same format as the synonyms, see docs/search.md); none: the shipped list
     */
    public record Search(Path synonymsFile, Path healthTermsFile) {
    }

    /**
     * @param enabled true or false as set; unset, the sample catalog loads only for a demo: the default
     *                base URI and no sources file (a production setup names its own base URI)
     */
    public record SampleData(Boolean enabled) {
    }

    /** The base URI a fresh checkout runs with; a production setup sets its own. */
    public static final URI DEMO_BASE_URI = URI.create("http://localhost:8080/");

    /** Whether the bundled sample catalog is registered on the first start: as set, else only for a demo setup. */
    public boolean loadsSampleData() {
        if (sampleData.enabled() != null) {
            return sampleData.enabled();
        }
        return DEMO_BASE_URI.equals(baseUri) && sourcesFile == null;
    }

    /**
     * @param allowFileUrls          allow {@code file:} sources
     * @param allowPrivateAddresses allow sources on loopback, link-local and private-network addresses
     *                               (off: a source URL cannot reach this host's services or the internal network)
     * @param threads                how many harvests run at once; more wait in a queue
     * @param commitWait             how long a run ready to write waits for the runs going on beside it, to
     *                               commit with them in one store transaction ({@code GroupCommit})
     */
    public record Harvest(@DefaultValue("false") boolean allowFileUrls, @DefaultValue("false") boolean allowPrivateAddresses,
            @DefaultValue("4") int threads, @DefaultValue("5s") Duration commitWait) {
    }

    /**
     * The one admin account.
     *
     * @param username the admin's user name
     * @param password the admin's password, plain or as a Spring Security encoded value
     *                 ({@code {bcrypt}$2a$...}); none: one is generated on the first start and kept
     *                 in {@code {dataDir}/admin-password}, readable by its owner only
     */
    public record Admin(@DefaultValue("admin") String username, String password) {

        @Override
        public String toString() {
            return "Admin[username=" + username + ", password=" + masked(password) + "]";
        }
    }

    /**
     * When the local TDB2 store compacts itself (TDB2 keeps every block a write replaced until then).
     *
     * @param autoCompact         compact in the background when the files have grown past both limits below
     * @param compactAtGrowth     this many times their size after the last compaction (or at the first look after the start)
     * @param compactAbove        and above this size
     * @param compactBusyAtGrowth while harvests go on, a compaction (which holds their writes) waits for a pause in
     *                            them until the files have grown past this many times instead, or until the disk has
     *                            less room left than the files take
     */
    public record Store(@DefaultValue("true") boolean autoCompact, @DefaultValue("4") double compactAtGrowth,
            @DefaultValue("8GB") DataSize compactAbove, @DefaultValue("8") double compactBusyAtGrowth) {
    }

    private static String masked(String secret) {
        return secret == null || secret.isEmpty() ? "(none)" : "(set)";
    }

    /**
     * @param pageSize       registers per page of {@code /catalog}
     * @param healthPageSize registers per page of {@code /catalog/healthdcat-ap}, which lists their variables
     * @param healthPageVariables variables per part of a page of {@code /catalog/healthdcat-ap}: a page whose
     *                       registers have more comes in parts, so that no answer grows with a register
     * @param health         what HealthDCAT-AP requires that the registers' own descriptions do not say
     */
    public record Catalog(
            @DefaultValue("varcat – variabelkatalog for helseregistre") String titleNb,
            @DefaultValue("varcat – variable catalogue for health registers") String titleEn,
            @DefaultValue("Variabler, dekningsgrad og kvalitetsindikatorer i norske helseregistre.") String descriptionNb,
            @DefaultValue("Variables, coverage and quality indicators of Norwegian health registers.") String descriptionEn,
            URI publisher,
            @DefaultValue("varcat") String publisherName,
            @DefaultValue("25") int pageSize,
            @DefaultValue("10") int healthPageSize,
            @DefaultValue("800") int healthPageVariables,
            @DefaultValue Health health) {

        public Catalog {
            atLeastOne("page-size", pageSize);
            atLeastOne("health-page-size", healthPageSize);
            atLeastOne("health-page-variables", healthPageVariables);
        }

        private static void atLeastOne(String setting, int value) {
            if (value < 1) {
                throw new IllegalArgumentException("varcat.catalog." + setting + " must be at least 1, not " + value);
            }
        }
    }

    /**
     * @param applicableLegislation the law the datasets fall under (ELI): the European Health Data Space regulation
     * @param accessBody            the health data access body that grants access to the registers' data
     * @param accessBodyName        its name
     * @param accessBodyContactPage where to contact it
     * @param healthCategory        a register's health category (EHDS) unless its own description gives one
     * @param datasetType           a register's dataset type unless its own description gives one
     */
    public record Health(
            @DefaultValue("http://data.europa.eu/eli/reg/2025/327/oj") URI applicableLegislation,
            @DefaultValue("https://data.brreg.no/enhetsregisteret/api/enheter/983544622") URI accessBody,
            @DefaultValue("Helsedataservice (Helsedirektoratet)") String accessBodyName,
            @DefaultValue("https://helsedata.no/") URI accessBodyContactPage,
            @DefaultValue("https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/MRMR") URI healthCategory,
            @DefaultValue("http://publications.europa.eu/resource/authority/dataset-type/PERSONAL_DATA") URI datasetType) {
    }
}
