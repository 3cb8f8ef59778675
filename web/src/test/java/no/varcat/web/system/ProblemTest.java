package no.varcat.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

class ProblemTest {

    @Test
    void writtenToTheServletResponseItIsTheSameProblemAsAControllerAnswers() throws Exception {
        Problem problem = Problem.of(HttpStatus.TOO_MANY_REQUESTS, "Wait \"15 minutes\"\\ then\ntry again").parameter("username")
                .retryAfter(900).instance("/api/admin/sources");
        MockHttpServletResponse response = new MockHttpServletResponse();
        problem.write(response);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("900");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        @SuppressWarnings("unchecked")
        Map<String, Object> written = JsonMapper.builder().build().readValue(response.getContentAsByteArray(), Map.class);
        assertThat(List.copyOf(written.keySet())).containsExactly("type", "title", "status", "detail", "instance", "parameter");
        assertThat(written.get("detail")).isEqualTo("Wait \"15 minutes\"\\ then\ntry again");
        assertThat(written.get("title")).isEqualTo("Too Many Requests");

        var entity = problem.response();
        assertThat(entity.getStatusCode().value()).isEqualTo(429);
        assertThat(entity.getHeaders().getFirst("Retry-After")).isEqualTo("900");
        assertThat(entity.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(entity.getBody().getProperties()).containsEntry("parameter", "username");
    }

    @Test
    void aPathThatIsNoUriIsLeftOutRatherThanFailingTheAnswer() {
        Problem problem = Problem.of(HttpStatus.BAD_REQUEST, "bad").instance("/search?q=a b|{");
        assertThat(problem.members()).doesNotContainKey("instance").containsEntry("status", 400);
    }
}
