package no.varcat.web.sparql;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import no.varcat.web.system.Problem;

/** A request the endpoint answers with an RFC 9457 problem, naming the parameter at fault where there is one. */
final class SparqlProblem extends RuntimeException {

    private final transient Problem problem;

    private SparqlProblem(HttpStatus status, String title, String detail) {
        super(detail, null, false, false);
        this.problem = Problem.of(status, detail).title(title).instance("/sparql");
    }

    static SparqlProblem of(HttpStatus status, String title, String detail) {
        return new SparqlProblem(status, title, detail);
    }

    SparqlProblem parameter(String name) {
        problem.parameter(name);
        return this;
    }

    SparqlProblem property(String name, Object value) {
        problem.property(name, value);
        return this;
    }

    SparqlProblem header(String name, String value) {
        problem.header(name, value);
        return this;
    }

    ResponseEntity<ProblemDetail> response() {
        return problem.response();
    }
}
