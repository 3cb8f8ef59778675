package no.varcat.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SearchStateTest {

    @Test
    void unknownValueTypesAreLeftOutNotAFault() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("valueType", "integer");
        params.add("valueType", "<script>");
        params.add("valueType", "");

        SearchState state = SearchState.of(params);

        assertThat(state.valueTypes()).containsExactly("integer");
        assertThat(state.query(0, 20).valueTypes()).hasSize(1);
    }

    @Test
    void temporalitiesAndUnitTypesOfNoListAreLeftOutAndTheRestKeptAsTheListNamesThem() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("temporality", "EVENT");
        params.add("temporality", "sometimes");
        params.add("unitType", "person");
        params.add("unitType", "<script>");
        params.add("unitType", "person");

        SearchState state = SearchState.of(params);

        assertThat(state.temporalities()).containsExactly("event");
        assertThat(state.unitTypes()).containsExactly("person");
        assertThat(state.query(0, 20).unitTypes()).containsExactly("person");
        assertThat(state.page(2)).contains("&temporality=event&unitType=person&sort=relevance&page=2");
    }

    @Test
    void aPastedPageIsCutToWhatAnyoneTypes() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", "fødselsvekt ".repeat(500));

        assertThat(SearchState.of(params).q()).hasSize(SearchState.MAX_QUERY_LENGTH).startsWith("fødselsvekt fødselsvekt");
        assertThat(SearchState.searchText(null)).isEmpty();
    }
}
