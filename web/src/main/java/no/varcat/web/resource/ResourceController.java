package no.varcat.web.resource;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.varcat.catalog.dcat.PageOutOfRangeException;
import no.varcat.catalog.resource.ResourceDescriptions;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceLookup;
import no.varcat.web.catalog.PageNumber;
import no.varcat.web.catalog.RdfNegotiation;
import no.varcat.web.catalog.RdfNegotiation.Representation;
import no.varcat.web.system.Problem;

/**
 * One URL per harvested resource, {@code /{kind}/{id}}: HTML for a browser, Turtle, JSON-LD,
 * RDF/XML or N-Triples by the Accept header or by a suffix ({@code .ttl}, {@code .jsonld},
 * {@code .rdf}, {@code .nt}). Every answer names the others in {@code Link} headers.
 */
@Controller
class ResourceController {

    private static final String PAGE = "page";
    private static final String SIZE = "size";

    private final ResourceLookup lookup;
    private final ResourceDescriptions descriptions;
    private final ResourceUrls urls;
    private final Map<ResourceKind, ResourcePage> pages;

    ResourceController(ResourceLookup lookup, ResourceDescriptions descriptions, ResourceUrls urls, List<ResourcePage> pages) {
        this.lookup = lookup;
        this.descriptions = descriptions;
        this.urls = urls;
        this.pages = pages.stream().collect(Collectors.toMap(ResourcePage::kind, page -> page, (a, b) -> a,
                () -> new EnumMap<>(ResourceKind.class)));
    }

    @GetMapping("/{segment:registers|variables|codelists|indicators|publishers}/{file}")
    ModelAndView show(@PathVariable String segment, @PathVariable String file,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam Map<String, String> params, Locale locale, org.springframework.ui.Model model,
            HttpServletResponse response) {
        ResourceKind kind = ResourceKind.fromSegment(segment).orElseThrow();
        ResourceFile requested = ResourceFile.parse(file);
        String iri = lookup.iri(kind, requested.id()).orElseThrow(() -> unknown(kind, requested));
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.addHeader(HttpHeaders.LINK, alternates(kind, iri));
        Representation representation = requested.suffix() == null ? RdfNegotiation.chooseRepresentation(accept)
                : requested.representation();
        if (representation == null) {
            return notAcceptable();
        }
        if (representation.html()) {
            ResourcePage page = pages.get(kind);
            return new ModelAndView(page.render(iri, params, locale, model));
        }
        Model rdf = describe(kind, iri, requested, params.get(PAGE), params.get(SIZE)).orElseThrow(() -> unknown(kind, requested));
        return new ModelAndView(new RdfView(rdf, representation.rdf()));
    }

    /**
     * The resource's RDF; a register's a page of its variables at a time ({@code ?page=}, from 1, and
     * {@code size}, at most {@link ResourceDescriptions#VARIABLES_PER_PAGE}), so that no answer grows
     * with the register. The page links keep the suffix and the size asked for.
     */
    private Optional<Model> describe(ResourceKind kind, String iri, ResourceFile requested, String pageParameter,
            String sizeParameter) {
        if (kind != ResourceKind.REGISTER) {
            return descriptions.describe(kind, iri, urls.url(kind, iri));
        }
        Integer page = PageNumber.parse(pageParameter, 1, Integer.MAX_VALUE);
        if (page == null) {
            throw new BadParameter(PAGE, "The parameter 'page' must be a whole number from 1, not '"
                    + PageNumber.shorten(pageParameter) + "'");
        }
        int max = ResourceDescriptions.VARIABLES_PER_PAGE;
        Integer size = sizeParameter == null ? Integer.valueOf(max) : PageNumber.parse(sizeParameter, 1, max);
        if (size == null) {
            throw new BadParameter(SIZE, "The parameter 'size' must be a whole number from 1 to "
                    + max + ", not '" + PageNumber.shorten(sizeParameter) + "'");
        }
        String document = urls.url(kind, iri);
        String sized = size == max ? "" : "&" + SIZE + "=" + size;
        String address = document + (requested.suffix() == null ? "" : "." + requested.suffix()) + "?" + PAGE + "=";
        try {
            return descriptions.describe(kind, iri, document, page, size, n -> address + n + sized);
        } catch (PageOutOfRangeException e) {
            throw new BadParameter(HttpStatus.NOT_FOUND, PAGE, "The register's variables fill " + e.pages()
                    + (e.pages() == 1 ? " page" : " pages") + "; there is no page " + page);
        }
    }

    /** A query parameter we cannot honour; the problem names it. */
    private static final class BadParameter extends ResponseStatusException {

        private final String parameter;

        BadParameter(String parameter, String reason) {
            this(HttpStatus.BAD_REQUEST, parameter, reason);
        }

        BadParameter(HttpStatus status, String parameter, String reason) {
            super(status, reason);
            this.parameter = parameter;
        }
    }

    /**
     * An unknown id or suffix: the site's error page for a browser, an RFC 9457 problem for a
     * program that asked for RDF (by Accept or by suffix).
     */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView fault(ResponseStatusException fault, HttpServletRequest request) {
        Representation wanted = RdfNegotiation.chooseRepresentation(request.getHeader(HttpHeaders.ACCEPT));
        String path = request.getRequestURI();
        String last = path.substring(path.lastIndexOf('/') + 1);
        boolean rdfSuffix = last.lastIndexOf('.') >= 0 && RdfNegotiation.fromSuffix(last.substring(last.lastIndexOf('.') + 1)) != null;
        if (wanted != null && wanted.html() && !rdfSuffix) {
            ModelAndView page = new ModelAndView("error", fault.getStatusCode());
            page.addObject("status", fault.getStatusCode().value());
            return page;
        }
        Problem problem = Problem.of(fault.getStatusCode(), fault.getReason()).instance(request.getRequestURI());
        if (fault instanceof BadParameter bad) {
            problem.parameter(bad.parameter);
        }
        View json = (model, req, response) -> problem.write(response);
        ModelAndView answer = new ModelAndView(json);
        answer.setStatus(fault.getStatusCode());
        return answer;
    }

    private static ResponseStatusException unknown(ResourceKind kind, ResourceFile requested) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "The catalog has no " + kind.segment() + " with the id '" + requested.id() + "'");
    }

    private String alternates(ResourceKind kind, String iri) {
        StringBuilder links = new StringBuilder("<").append(urls.url(kind, iri)).append(">; rel=\"alternate\"; type=\"text/html\"");
        for (Lang syntax : RdfNegotiation.offeredSyntaxes()) {
            links.append(", <").append(urls.url(kind, iri, syntax)).append(">; rel=\"alternate\"; type=\"")
                    .append(syntax.getContentType().getContentTypeStr()).append('"');
        }
        return links.append(", <").append(iri).append(">; rel=\"describes\"").toString();
    }

    private static ModelAndView notAcceptable() {
        String offered = "text/html, " + String.join(", ", RdfNegotiation.offered());
        View text = (model, request, response) -> {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Available: " + offered + "\n").getBytes(StandardCharsets.UTF_8));
        };
        ModelAndView answer = new ModelAndView(text);
        answer.setStatus(HttpStatus.NOT_ACCEPTABLE);
        return answer;
    }

    /** The last path segment: an id, with a suffix naming a syntax or {@code .html}. */
    record ResourceFile(String id, String suffix, Representation representation) {

        static ResourceFile parse(String file) {
            int dot = file.lastIndexOf('.');
            if (dot < 0) {
                return new ResourceFile(file, null, null);
            }
            String suffix = file.substring(dot + 1);
            String id = file.substring(0, dot);
            if (suffix.equals("html")) {
                return new ResourceFile(id, suffix, Representation.HTML);
            }
            Lang syntax = RdfNegotiation.fromSuffix(suffix);
            if (syntax == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "'." + suffix
                        + "' names no format on offer; use .html, .ttl, .jsonld, .rdf or .nt, or none and an Accept header");
            }
            return new ResourceFile(id, suffix, new Representation(syntax));
        }
    }
}
