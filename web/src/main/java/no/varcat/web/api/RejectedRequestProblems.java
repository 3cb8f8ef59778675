package no.varcat.web.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * The security firewall refuses URLs with encoded '%', '/', '\', ';' or '.' before any controller
 * sees them; under the API it says so as a problem, as every other fault of the API does. Elsewhere
 * it answers 400 as before.
 */
final class RejectedRequestProblems implements RequestRejectedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, jakarta.servlet.ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(ApiLinks.BASE_PATH + "/")) {
            elsewhere.handle(request, response, rejected);
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", "The URL holds characters it may not hold, such as an encoded '%', '/', '\\', ';' or '.'");
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
