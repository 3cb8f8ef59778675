package no.varcat.web.sparql;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A request the endpoint answers with an RFC 9457 problem, naming the parameter at fault where there is one. */
final class SparqlProblem extends RuntimeException {

    private final transient ProblemDetail problem;
    private final transient HttpHeaders headers = new HttpHeaders();

    private SparqlProblem(HttpStatus status, String title, String detail) {
        super(detail, null, false, false);
        this.problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create("/sparql"));
    }

    static SparqlProblem of(HttpStatus status, String title, String detail) {
        return new SparqlProblem(status, title, detail);
    }

    SparqlProblem parameter(String name) {
        problem.setProperty("parameter", name);
        return this;
    }

    SparqlProblem property(String name, Object value) {
        problem.setProperty(name, value);
        return this;
    }

    SparqlProblem header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    ResponseEntity<ProblemDetail> response() {
        return ResponseEntity.status(problem.getStatus()).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
