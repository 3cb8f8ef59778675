package no.varcat.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import no.varcat.web.system.Problem;

/**
 * A multipart body the container cannot take (past the upload limit, or broken) fails before any
 * handler is chosen, so {@link ApiProblems} never sees it: answered here, for the API's paths only,
 * as the problem every other refusal of the API is, whatever the client accepts.
 */
@Component
class ApiMultipartProblems implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(e instanceof MultipartException) || !path.startsWith(ApiLinks.BASE_PATH + "/")) {
            return null;
        }
        Problem problem = e instanceof MaxUploadSizeExceededException
                ? Problem.of(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the size cap")
                : Problem.of(HttpStatus.BAD_REQUEST, "The multipart body cannot be read");
        try {
            problem.parameter("file").instance(request.getRequestURI()).write(response);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
