package no.varcat.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * {@code /actuator/prometheus} is for the operator's Prometheus, with the admin's account over HTTP
 * Basic ({@code basic_auth} in the scrape config), like the admin JSON API: stateless, no session,
 * 401 without credentials. Not public, because it names the harvest sources and how often each
 * fails, and each scrape reads the store. The health probes stay public (statuses only).
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain prometheus(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(AdminAccount.ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
