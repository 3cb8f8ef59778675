package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch._types.FieldValue;

/** One register's variables, paged and filtered from a real index, with the register's counts. */
class RegisterVariablesIT {

    private static final String REGISTER = "https://test.varcat.no/paging/register";
    private static final String OTHER_REGISTER = "https://test.varcat.no/paging/other";
    /** Register A's variables: V00..V22; every third has no definition, every fifth value type "other". */
    private static final int VARIABLES = 23;

    private static SearchConnection connection;
    private static RegisterVariables variables;

    @BeforeAll
    static void index() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        AliasedIndex index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-register-variables", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        List<VariableDocument> documents = new ArrayList<>();
        for (int i = 0; i < VARIABLES; i++) {
            String label = i == 7 ? "Fødselsvekt" : i == 8 ? "Mors alder" : "Måling " + i;
            documents.add(document(REGISTER, String.format("V%02d", i), label,
                    i % 3 == 0 ? null : "Målt ved fødselen, nummer " + i, i % 5 == 0 ? "other" : "integer"));
        }
        documents.add(document(OTHER_REGISTER, "V07", "Fødselsvekt", "Barnets vekt", "integer"));
        documents.add(document(OTHER_REGISTER, "A00", "Annet", null, "integer"));
        new VariableIndexer(connection, index).reindexDocuments(documents);
        variables = new RegisterVariables(connection, index.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void pagesWalkTheRegisterInTechnicalNameOrderForwardAndBack() {
        List<String> walked = new ArrayList<>();
        List<RegisterVariablePage> pages = new ArrayList<>();
        RegisterVariablePage page = variables.page(REGISTER, "", 0, null, 5);
        while (!page.variables().isEmpty()) {
            pages.add(page);
            page.variables().forEach(v -> walked.add(v.notation()));
            page = variables.page(REGISTER, "", 0, PageCursor.parse(page.lastCursor(), false).orElseThrow(), 5);
        }
        assertThat(walked).hasSize(VARIABLES).isSorted().doesNotHaveDuplicates().allMatch(n -> n.startsWith("V"));
        assertThat(pages).hasSize(5);
        // Back from the third page gives the second again.
        RegisterVariablePage back = variables.page(REGISTER, "", 0, PageCursor.parse(pages.get(2).firstCursor(), true).orElseThrow(), 5);
        assertThat(back.variables()).isEqualTo(pages.get(1).variables());
        // Skipping reaches the same page as the cursor.
        assertThat(variables.page(REGISTER, "", 10, null, 5).variables()).isEqualTo(pages.get(2).variables());
    }

    @Test
    void countsTheRegisterWhateverTheFilter() {
        RegisterVariablePage page = variables.page(REGISTER, "fodselen", 0, null, 5);
        assertThat(page.inRegister()).isEqualTo(VARIABLES);
        assertThat(page.withDefinition()).isEqualTo(VARIABLES - 8); // V00, V03, ..., V21 have none
        assertThat(page.withValueDomain()).isEqualTo(VARIABLES - 5); // V00, V05, ..., V20 are "other"
        assertThat(page.matching()).isEqualTo(VARIABLES - 8);
        assertThat(page.sample()).hasSize(VARIABLES).extracting(RegisterVariablePage.Named::notation).isSorted();
    }

    @Test
    void theFilterNarrowsByEveryWordAndPagesToo() {
        assertThat(notations(variables.page(REGISTER, "fodselsvekt", 0, null, 5))).containsExactly("V07");
        assertThat(notations(variables.page(REGISTER, "FODSEL", 0, null, 5))).contains("V07");
        assertThat(notations(variables.page(REGISTER, "mors alder", 0, null, 5))).containsExactly("V08");
        assertThat(notations(variables.page(REGISTER, "mors fodselsvekt", 0, null, 5))).isEmpty();
        assertThat(notations(variables.page(REGISTER, "v1", 0, null, 20))).containsExactly(
                "V10", "V11", "V12", "V13", "V14", "V15", "V16", "V17", "V18", "V19");

        RegisterVariablePage first = variables.page(REGISTER, "v1", 0, null, 4);
        RegisterVariablePage second = variables.page(REGISTER, "v1", 0, PageCursor.parse(first.lastCursor(), false).orElseThrow(), 4);
        assertThat(first.matching()).isEqualTo(10);
        assertThat(notations(second)).containsExactly("V14", "V15", "V16", "V17");
    }

    @Test
    void refusesWhatCannotGiveAPage() {
        assertThatThrownBy(() -> variables.page(REGISTER, "", 0, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> variables.page(REGISTER, "", 9_990, null, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> variables.page(REGISTER, "", 0, PageCursor.after(List.of(FieldValue.of(3L))), 5))
                .isInstanceOf(IllegalArgumentException.class);
        // Strange text is only text.
        assertThat(variables.page(REGISTER, "* ? \" ( ) ~ \\ / AND OR <b>", 0, null, 5).variables()).isEmpty();
    }

    private static List<String> notations(RegisterVariablePage page) {
        return page.variables().stream().map(VariableDocument::notation).toList();
    }

    private static VariableDocument document(String register, String notation, String label, String definition, String valueType) {
        return new VariableDocument(register + "/variable/" + notation, notation, label, null, null, definition, null, null,
                register, "Register", null, 2000, null, null, false, valueType, null, null, List.of(), null, null, "unknown",
                false, null, null, null, null, "hash-" + notation);
    }
}
