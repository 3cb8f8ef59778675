package no.varcat.web.register;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import no.varcat.catalog.store.Iris;
import no.varcat.web.resource.MovedPermanently;
import no.varcat.web.resource.ResourceUrls;

/** The address register pages had before ({@code /register?iri=}): moved for good to {@code /registers/{id}}. */
@Controller
class RegisterController {

    private final ResourceUrls urls;

    RegisterController(ResourceUrls urls) {
        this.urls = urls;
    }

    @GetMapping("/register")
    ResponseEntity<Void> moved(@RequestParam("iri") String iri, @RequestParam(name = "q", required = false) String q) {
        if (!Iris.isAbsolute(iri)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "'" + iri + "' is not the IRI of a register");
        }
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(urls.register(iri));
        if (q != null && !q.isBlank()) {
            target.queryParam("q", q);
        }
        // Encoded after building: braces in the text are text, not URI template variables.
        return MovedPermanently.to(target.build().encode().toUriString());
    }
}
