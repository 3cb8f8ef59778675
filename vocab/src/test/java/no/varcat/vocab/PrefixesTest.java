package no.varcat.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class PrefixesTest {

    @Test
    void prologueDeclaresEveryPrefixSoQueriesUsingThemParse() {
        String query = Prefixes.sparqlPrologue()
                + "SELECT ?v WHERE { ?d disco:variable ?v . ?v skos:prefLabel ?l ; dct:identifier ?i ."
                + " ?d healthdcatap:numberOfRecords ?n ; varcat:sourceFormat ?f }";

        assertThat(QueryFactory.create(query).getPrefixMapping().getNsPrefixURI("disco"))
                .isEqualTo(DISCO.NS);
    }

    @Test
    void namespacesEndWithSeparatorSoTermsAreWellFormed() {
        assertThat(DISCO.variable.getURI()).isEqualTo("http://rdf-vocabulary.ddialliance.org/discovery#variable");
        assertThat(HealthDCATAP.numberOfRecords.getURI()).isEqualTo("http://healthdataportal.eu/ns/health#numberOfRecords");
        assertThat(VARCAT.HarvestSource.getURI()).startsWith(VARCAT.NS);
    }
}
