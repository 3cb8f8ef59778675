package no.varcat.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.LinkedMultiValueMap;

import no.varcat.catalog.search.SearchUnavailableException;

/** The faults the running catalog cannot be made to show on demand: the search gone, and several parameters wrong at once. */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/variables");

    @Test
    void aSearchThatCannotAnswerIs503WithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = problems.unavailable(new SearchUnavailableException("Elasticsearch at x did not answer"),
                request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getDetail()).doesNotContain("Elasticsearch at");
        assertThat(answer.getBody().getInstance()).hasToString("/api/v1/variables");
    }

    @Test
    void everyParameterAtFaultIsNamed() {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("valueType", "colour");
        params.add("size", "0");
        params.add("sort", "best");
        params.add("codes", "perhaps");
        QueryParameters query = new QueryParameters(params);

        InvalidParameterException fault = org.junit.jupiter.api.Assertions.assertThrows(InvalidParameterException.class,
                () -> VariableSearchRequest.parse(query, r -> java.util.Optional.empty()));
        ResponseEntity<ProblemDetail> answer = problems.invalidParameter(fault, request);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        List<InvalidParam> named = (List<InvalidParam>) answer.getBody().getProperties().get("invalid-params");
        assertThat(named).extracting(InvalidParam::name).containsExactlyInAnyOrder("valueType", "size", "sort", "codes");
    }
}
