package no.varcat.web.system;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one way varcat refuses a program: an RFC 9457 problem ({@code application/problem+json}),
 * never cached, naming the parameter at fault where there is one. Controllers answer it as an
 * entity ({@link #response()}); filters, views and error handlers that hold only the servlet
 * response write it there ({@link #write(HttpServletResponse)}), with the same members.
 */
public final class Problem {

    /** The member naming the query parameter, path part or header at fault. */
    public static final String PARAMETER = "parameter";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProblemDetail detail;
    private final HttpHeaders headers = new HttpHeaders();

    private Problem(HttpStatusCode status, String detail) {
        this.detail = ProblemDetail.forStatusAndDetail(status, detail);
    }

    public static Problem of(HttpStatusCode status, String detail) {
        return new Problem(status, detail);
    }

    public Problem title(String title) {
        detail.setTitle(title);
        return this;
    }

    public Problem parameter(String name) {
        return property(PARAMETER, name);
    }

    public Problem property(String name, Object value) {
        detail.setProperty(name, value);
        return this;
    }

    /** The request's path as the problem's instance; a path that is not a URI as sent is left out. */
    public Problem instance(String path) {
        if (path != null) {
            try {
                detail.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // the problem is still worth answering without it
            }
        }
        return this;
    }

    public Problem header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    public Problem retryAfter(long seconds) {
        return header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    public int status() {
        return detail.getStatus();
    }

    /** As a controller answers it. */
    public ResponseEntity<ProblemDetail> response() {
        return ResponseEntity.status(detail.getStatus()).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(detail);
    }

    /** The members in RFC 9457's order, then the extensions: what {@link #write} sends. */
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", detail.getType() == null ? "about:blank" : detail.getType().toString());
        members.put("title", detail.getTitle());
        members.put("status", detail.getStatus());
        if (detail.getDetail() != null) {
            members.put("detail", detail.getDetail());
        }
        if (detail.getInstance() != null) {
            members.put("instance", detail.getInstance().toString());
        }
        if (detail.getProperties() != null) {
            members.putAll(detail.getProperties());
        }
        return members;
    }

    /** Straight into the servlet response, for code that runs outside a controller (filters, views). */
    public void write(HttpServletResponse response) throws IOException {
        response.setStatus(detail.getStatus());
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(members()));
    }
}
