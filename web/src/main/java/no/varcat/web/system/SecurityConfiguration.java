package no.varcat.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The catalog is public and read-only: every GET is open, everything else is refused until admin
 * login exists, except the anonymous reader's own variable list ({@code POST /list/**}), which
 * changes only that reader's session. CSRF protection stays on: those forms carry the token (Thymeleaf
 * adds it to {@code th:action} forms), and a POST without it gets 403. {@code /error} is open so that
 * bad requests get their own status, not 403.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/list/**").permitAll()
                .anyRequest().denyAll());
        return http.build();
    }

    /** No users yet; declared so Boot does not generate and log a default password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
