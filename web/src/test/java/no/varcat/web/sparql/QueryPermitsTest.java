package no.varcat.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class QueryPermitsTest {

    @Test
    void aQueryOverTheBoundIsAnsweredBusyAtOnceAndAPermitComesBack() {
        QueryPermits permits = new QueryPermits(1, Duration.ofSeconds(10));

        SparqlProblem busy = permits.run(() -> catchThrowableOfType(SparqlProblem.class, () -> permits.run(() -> "second")));

        assertThat(busy).isNotNull();
        assertThat(busy.response().getStatusCode().value()).isEqualTo(503);
        assertThat(busy.response().getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(busy.response().getBody().getDetail()).contains("at once (1)");
        assertThat(permits.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void aFailingQueryGivesItsPermitBack() {
        QueryPermits permits = new QueryPermits(1, Duration.ofSeconds(10));
        catchThrowableOfType(IllegalStateException.class, () -> permits.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertThat(permits.run(() -> "next")).isEqualTo("next");
    }
}
