package no.varcat.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.Test;

class PrefixesTest {

    /** The prefix table of docs/model.md. */
    private static final Map<String, String> PROFILE_PREFIXES = new LinkedHashMap<>();

    static {
        PROFILE_PREFIXES.put("dcat", "http://www.w3.org/ns/dcat#");
        PROFILE_PREFIXES.put("dct", "http://purl.org/dc/terms/");
        PROFILE_PREFIXES.put("dcatno", "https://data.norge.no/vocabulary/dcatno#");
        PROFILE_PREFIXES.put("healthdcatap", "http://healthdataportal.eu/ns/health#");
        PROFILE_PREFIXES.put("disco", "http://rdf-vocabulary.ddialliance.org/discovery#");
        PROFILE_PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PROFILE_PREFIXES.put("dqv", "http://www.w3.org/ns/dqv#");
        PROFILE_PREFIXES.put("ldqd", "http://www.w3.org/2016/05/ldqd#");
        PROFILE_PREFIXES.put("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#");
        PROFILE_PREFIXES.put("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#");
        PROFILE_PREFIXES.put("prov", "http://www.w3.org/ns/prov#");
        PROFILE_PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
        PROFILE_PREFIXES.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        PROFILE_PREFIXES.put("adms", "http://www.w3.org/ns/adms#");
        PROFILE_PREFIXES.put("varcat", "https://w3id.org/varcat/ns#");
    }

    /** Each constants class, ours and Jena's, and the prefix it goes by. */
    private static final Map<Class<?>, String> VOCABULARY_PREFIXES = Map.ofEntries(
            Map.entry(DISCO.class, "disco"),
            Map.entry(HealthDCATAP.class, "healthdcatap"),
            Map.entry(VARCAT.class, "varcat"),
            Map.entry(DQV.class, "dqv"),
            Map.entry(LDQD.class, "ldqd"),
            Map.entry(PROV.class, "prov"),
            Map.entry(ADMS.class, "adms"),
            Map.entry(SDMXDimension.class, "sdmx-dimension"),
            Map.entry(SDMXAttribute.class, "sdmx-attribute"),
            Map.entry(DCATNO.class, "dcatno"),
            Map.entry(DCAT.class, "dcat"),
            Map.entry(DCTerms.class, "dct"),
            Map.entry(SKOS.class, "skos"),
            Map.entry(FOAF.class, "foaf"),
            Map.entry(VCARD4.class, "vcard"));

    @Test
    void prologueDeclaresEveryPrefixSoQueriesUsingThemParse() {
        String query = Prefixes.sparqlPrologue()
                + "SELECT ?v WHERE { ?d disco:variable ?v . ?v skos:prefLabel ?l ; dct:identifier ?i ."
                + " ?d healthdcatap:numberOfRecords ?n ; varcat:sourceFormat ?f ."
                + " ?m dqv:isMeasurementOf varcat:coverageRate ; sdmx-dimension:refPeriod ?y }";

        assertThat(QueryFactory.create(query).getPrefixMapping().getNsPrefixURI("sdmx-dimension"))
                .isEqualTo(SDMXDimension.NS);
    }

    @Test
    void everyPrefixOfTheProfileIsMappedAsTheProfileSays() {
        assertThat(Prefixes.VARCAT_PREFIXES.getNsPrefixMap()).containsAllEntriesOf(PROFILE_PREFIXES);
    }

    @Test
    void noTwoPrefixesShareANamespaceSoWritersPickOneUnambiguously() {
        Map<String, String> prefixes = Prefixes.VARCAT_PREFIXES.getNsPrefixMap();

        assertThat(prefixes.values()).doesNotHaveDuplicates();
        prefixes.forEach((prefix, ns) ->
                assertThat(Prefixes.VARCAT_PREFIXES.getNsURIPrefix(ns)).as(ns).isEqualTo(prefix));
    }

    @Test
    void everyVocabularyClassNamespaceIsTheNamespaceOfItsPrefix() {
        VOCABULARY_PREFIXES.forEach((vocabulary, prefix) ->
                assertThat(Prefixes.VARCAT_PREFIXES.getNsPrefixURI(prefix))
                        .as("%s for prefix %s", vocabulary.getSimpleName(), prefix)
                        .isEqualTo(namespaceOf(vocabulary)));
    }

    @Test
    void everyTermOfOurVocabularyClassesIsInItsNamespace() {
        VOCABULARY_PREFIXES.keySet().stream()
                .filter(vocabulary -> vocabulary.getPackageName().equals(Prefixes.class.getPackageName()))
                .forEach(vocabulary -> {
                    String ns = namespaceOf(vocabulary);
                    assertThat(TermFields.terms(vocabulary)).as(vocabulary.getSimpleName())
                            .isNotEmpty()
                            .allSatisfy((name, term) -> assertThat(term.getURI()).isEqualTo(ns + name));
                });
    }

    @Test
    void termFieldsFindResourcesAndProperties() {
        Map<String, Resource> terms = TermFields.terms(VARCAT.class);

        assertThat(terms).containsEntry("HarvestSource", VARCAT.HarvestSource)
                .containsEntry("sourceFormat", VARCAT.sourceFormat)
                .doesNotContainKey("NS");
    }

    /** NS by convention; Jena's SKOS calls it uri. */
    private static String namespaceOf(Class<?> vocabulary) {
        for (String name : new String[] {"NS", "uri"}) {
            try {
                Field field = vocabulary.getField(name);
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    return (String) field.get(null);
                }
            } catch (NoSuchFieldException e) {
                // try the next name
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(vocabulary + " has no namespace constant");
    }
}
