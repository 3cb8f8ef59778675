package no.varcat.web.crawl;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.varcat.web.system.VarcatProperties;

/**
 * robots.txt: crawlers are welcome on the resources' own pages, which the sitemap lists; the search
 * and list pages (every facet combination is a URL of its own), the admin and the APIs are not
 * pages to index.
 */
@RestController
class RobotsController {

    private final String sitemap;

    RobotsController(VarcatProperties properties) {
        this.sitemap = properties.baseUri() + "sitemap.xml";
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body("""
                User-agent: *
                Disallow: /search
                Disallow: /list
                Disallow: /compare
                Disallow: /matrix
                Disallow: /admin
                Disallow: /login
                Disallow: /api/
                Disallow: /sparql
                Disallow: /variable?
                Disallow: /register?
                Allow: /

                Sitemap: %s
                """.formatted(sitemap));
    }
}
