package no.varcat.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/**
 * Reading variables' summaries (what indexing a harvest's changes does, 500 at a time) costs the
 * store rows in proportion to the variables' own values, not to their product with their register's
 * titles and publisher names: those come once per register. Counted in rows the store answers with.
 */
class VariableSummaryRowsTest {

    private static final String REGISTER = "https://test.varcat.no/rows/register";
    private static final int VARIABLES = 100;

    @Test
    void aRegistersTitlesAndPublisherNamesComeOncePerRegisterNotOncePerVariableRow() {
        StringBuilder turtle = new StringBuilder("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <%1$s> a dcat:Dataset ; dct:title "Radregister"@nb, "Row register"@en ; dct:publisher <%1$s/publisher> .
                <%1$s/publisher> foaf:name "Utgiver"@nb, "Publisher"@en .
                """.formatted(REGISTER));
        for (int i = 0; i < VARIABLES; i++) {
            turtle.append("<%1$s> disco:variable <%1$s/V%2$d> . <%1$s/V%2$d> a disco:Variable ; skos:notation \"V%2$d\" ;"
                    .formatted(REGISTER, i))
                    .append(" skos:prefLabel \"Variabel %1$d\"@nb, \"Variable %1$d\"@en ;".formatted(i))
                    .append(" skos:definition \"Definisjon %1$d\"@nb, \"Definition %1$d\"@en .\n".formatted(i));
        }
        try (CountingStore store = CountingStore.withTurtle(turtle.toString())) {
            VariableRepository variables = new VariableRepository(store);
            List<String> iris = IntStream.range(0, VARIABLES).mapToObj(i -> REGISTER + "/V" + i).toList();
            store.rowsSinceLast();

            List<VariableSummary> found = variables.findByIris(iris);

            // 2 labels x 2 definitions a variable, and 2 titles x 2 publisher names once: with the
            // register's names joined to every variable, it was 16 rows a variable.
            assertThat(store.rowsSinceLast()).isEqualTo(VARIABLES * 4 + 4);
            assertThat(found).hasSize(VARIABLES);
            VariableSummary last = found.get(VARIABLES - 1);
            assertThat(last.label().in("en")).isEqualTo("Variable 99");
            assertThat(last.registerIri()).isEqualTo(REGISTER);
            assertThat(last.registerTitle().in("nb")).isEqualTo("Radregister");
            assertThat(last.registerTitle().in("en")).isEqualTo("Row register");
            assertThat(last.publisherName().in("en")).isEqualTo("Publisher");
        }
    }
}
