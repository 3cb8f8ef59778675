package no.varcat.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import no.varcat.web.VarcatIntegrationTest;

/**
 * The links a page writes are written as they are. Spring Boot turns its static-resource chain on
 * by itself when a webjars locator is on the class path (Swagger UI brings one); Thymeleaf then
 * sends every {@code @{...}} link through {@link ResourceUrlEncodingFilter}, which looks the link's
 * path up as a static resource in four class-path folders of the jar, under a lock of the jar, and
 * caches nothing when it is not one. A register page writes a hundred such links: under 50
 * concurrent connections (the load test, docs/BENCHMARKS.md) the request threads spent more time
 * waiting for that lock than for anything but the store's. Nothing uses the chain (no versioned
 * resource URLs), so it is off ({@code spring.web.resources.chain.enabled=false}).
 */
@VarcatIntegrationTest
class PageLinksIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void pageLinksAreNotLookedUpAsStaticResources() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
    }

    @Test
    void staticResourcesAreServedAndLinkedAsTheyAre() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/varcat.css\"");
        HttpResponse<String> css = get("/varcat.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
