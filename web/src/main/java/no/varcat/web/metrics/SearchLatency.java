package no.varcat.web.metrics;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code varcat_search_seconds}: how long searches take as the reader waits for them, by endpoint
 * ({@code page} for /search, {@code suggest}, {@code api-variables}, {@code api-registers}) and
 * outcome ({@code ok}, {@code unavailable} for a 503, {@code client-error}, {@code error}). Tags are
 * these fixed few values, never the query text.
 */
@Configuration(proxyBeanMethods = false)
class SearchLatency implements WebMvcConfigurer {

    static final String NAME = "varcat.search";
    private static final Map<String, String> ENDPOINTS = Map.of(
            "/search", "page",
            "/api/suggest", "suggest",
            "/api/v1/variables", "api-variables",
            "/api/v1/registers", "api-registers");
    private static final String STARTED = SearchLatency.class.getName() + ".started";

    private final MeterRegistry registry;

    SearchLatency(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void addInterceptors(InterceptorRegistry interceptors) {
        interceptors.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.setAttribute(STARTED, System.nanoTime());
                return true;
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                if (request.getAttribute(STARTED) instanceof Long started) {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    Timer.builder(NAME)
                            .description("Search requests by endpoint and outcome")
                            .tag("endpoint", ENDPOINTS.getOrDefault(path, "other"))
                            .tag("outcome", outcome(ex == null ? response.getStatus() : 500))
                            .register(registry)
                            .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                }
            }
        }).addPathPatterns(ENDPOINTS.keySet().toArray(String[]::new));
    }

    private static String outcome(int status) {
        if (status == 503) {
            return "unavailable";
        }
        return status < 400 ? "ok" : status < 500 ? "client-error" : "error";
    }
}
