package no.varcat.web.api;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import no.varcat.web.system.VarcatProperties;

/** The public API's HTTP manners: ETags on reads, CORS for any origin, and its OpenAPI description's head. */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration {

    /** The API's paths, for the security chain, the ETag filter and CORS. */
    public static final String PATHS = ApiLinks.BASE_PATH + "/**";

    /**
     * An ETag from the body's hash on every 2xx read, so that a client's {@code If-None-Match} gets
     * 304 without the body. The body is still computed: this saves the network, not the store.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(ApiLinks.BASE_PATH + "/*");
        registration.setName("apiEtags");
        return registration;
    }

    /**
     * Reads from any origin: the API is public and sends no cookies' worth of anything. Given to the
     * security chain, which answers preflight requests before anything else sees them.
     */
    public static UrlBasedCorsConfigurationSource cors() {
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOrigins(List.of("*"));
        reads.setAllowedMethods(List.of("GET", "HEAD"));
        reads.addAllowedHeader("*");
        reads.setExposedHeaders(List.of("ETag", "Retry-After"));
        reads.setAllowCredentials(false);
        reads.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(PATHS, reads);
        return source;
    }

    /** Picked up by the security filter chain, which has no other way to make its refusals problems. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RejectedRequestProblems();
    }

    @Bean
    OpenAPI varcatOpenApi(VarcatProperties properties) {
        return new OpenAPI()
                .info(new Info().title("varcat API").version("v1")
                        .description("Read-only JSON API of the varcat catalog of Norwegian health registers: search variables "
                                + "and registers, and read registers, variables, code lists, coverage and quality indicators. "
                                + "No login. Faults are RFC 9457 problem details.")
                        .license(new License().name("Metadata: as published by each register")))
                .servers(List.of(new Server().url(properties.baseUri().toString().replaceFirst("/$", ""))));
    }
}
