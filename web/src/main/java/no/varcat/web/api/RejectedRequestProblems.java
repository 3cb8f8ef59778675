package no.varcat.web.api;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.varcat.web.system.Problem;

/**
 * The security firewall refuses URLs with encoded '%', '/', '\', ';' or '.' before any controller
 * sees them; under the API it says so as a problem, as every other fault of the API does. Elsewhere
 * it answers 400 as before.
 */
final class RejectedRequestProblems implements RequestRejectedHandler {

    private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, jakarta.servlet.ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(ApiLinks.BASE_PATH + "/")) {
            elsewhere.handle(request, response, rejected);
            return;
        }
        Problem.of(HttpStatus.BAD_REQUEST, "The URL holds characters it may not hold, such as an encoded '%', '/', '\\', ';' or '.'")
                .write(response);
    }
}
