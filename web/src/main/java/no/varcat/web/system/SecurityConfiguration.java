package no.varcat.web.system;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.cors.CorsConfiguration;

import no.varcat.web.api.ApiConfiguration;
import no.varcat.web.login.LoginThrottle;
import no.varcat.web.login.LoginThrottledException;
import no.varcat.web.login.ThrottledAuthentication;
import no.varcat.web.login.VerifiedPasswordCache;

/**
 * Three doors. The admin JSON API ({@code /api/admin/**}) is for programs: HTTP Basic on every
 * request, no session, no cookies, so no CSRF token either; a request without credentials gets 401,
 * not a login page. The SPARQL endpoint is public, stateless and read-only. Everything else is the web site: the catalog is public and read-only, every GET
 * is open except the admin pages, which send to the login form; the anonymous reader's own variable
 * list ({@code POST /list/**}) changes only that reader's list (the one its cookie names); a program may save a
 * list from its JSON document ({@code POST /api/v1/lists}, stateless); every other POST needs the admin.
 * CSRF protection stays on for the site: its forms carry the token (Thymeleaf adds it to
 * {@code th:action} forms). {@code /error} is open so that bad requests get their own status.
 * Logins, by form or HTTP Basic, are throttled per user name and address ({@link LoginThrottle});
 * Spring Security gives the session a new id at login (session fixation), which {@code SecurityIT}
 * checks.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/admin/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(AdminAccount.ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(adminApiEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The SPARQL endpoint ({@code /sparql}): public, read-only and stateless, so its POST (a query,
     * never a change) needs no login and no CSRF token; scripts on other sites may read it (CORS).
     */
    @Bean
    @Order(1)
    SecurityFilterChain sparql(HttpSecurity http) throws Exception {
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOrigin("*");
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Accept", "Content-Type"));
        cors.setExposedHeaders(List.of("Varcat-Result-Limit", "Varcat-Results-Truncated"));
        http.securityMatcher("/sparql")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(c -> c.configurationSource(request -> cors));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/error").permitAll()
                .requestMatchers("/admin", "/admin/**").hasRole(AdminAccount.ROLE)
                .requestMatchers(HttpMethod.GET, "/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/list/**").permitAll()
                // A register's self-check reads what it is given and stores nothing.
                .requestMatchers(HttpMethod.POST, "/self-check", "/api/v1/self-check").permitAll()
                // A program saves a variable list from its JSON document; no session, the answer is the list's link.
                .requestMatchers(HttpMethod.POST, "/api/v1/lists").permitAll()
                .anyRequest().denyAll())
                // The API's self-check is for programs, stateless and changes nothing: no token (the page's form has one).
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
                        "/api/v1/self-check"), PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/lists")))
                // The public API answers reads from any origin, preflight included.
                .cors(cors -> cors.configurationSource(ApiConfiguration.cors()))
                // Only the admin pages send to the login form; any other refused request is plain 403.
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginForAdminPages()))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/admin").failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/").permitAll())
                .headers(headers -> headers
                        // Sent only on a request that came over https (Tomcat learns that from the proxy's
                        // X-Forwarded-Proto: server.forward-headers-strategy=native); a year, as Spring's default.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                        // Swagger UI's bundle is not ours to hold to the policy; every page of our own is.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**")),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * Scripts, styles and everything else from this site only, and no inline script or style: the
     * pages' scripts are files (suggest.js, list.js, admin.js) and the schema.org JSON-LD is a data
     * block, which no policy executes. Charts are inline SVG, images at most data: URLs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The catalog needs no device or sensor. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** A wrong password back to the form saying so; a throttled login to the form saying why and for how long. */
    private static AuthenticationFailureHandler loginFailure() {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");
        return (request, response, exception) ->
                (exception instanceof LoginThrottledException ? locked : wrong).onAuthenticationFailure(request, response, exception);
    }

    /**
     * 401 for missing or wrong credentials; a throttled login is 429 with {@code Retry-After} and a
     * problem saying why, so a script stops rather than retrying into the lock.
     */
    private static AuthenticationEntryPoint adminApiEntryPoint() {
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        return (request, response, exception) -> {
            if (!(exception instanceof LoginThrottledException throttled)) {
                unauthorized.commence(request, response, exception);
                return;
            }
            Problem.of(HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage()).retryAfter(throttled.retryAfter().toSeconds())
                    .write(response);
        };
    }

    private static AuthenticationEntryPoint loginForAdminPages() {
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint forbidden = new HttpStatusEntryPoint(HttpStatus.FORBIDDEN);
        return (request, response, exception) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean adminPage = path.equals("/admin") || path.startsWith("/admin/");
            (adminPage ? login : forbidden).commence(request, response, exception);
        };
    }

    /** BCrypt, with a short memory of passwords that matched: HTTP Basic sends the password with every request. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswordCache(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    UserDetailsService admins(VarcatProperties properties, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(AdminAccount.user(properties, encoder));
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    /** The one way to log in, for the form and for HTTP Basic on the admin API alike: throttled. */
    @Bean
    AuthenticationProvider adminAuthentication(UserDetailsService admins, PasswordEncoder encoder, LoginThrottle throttle) {
        return ThrottledAuthentication.ofPasswords(admins, encoder, throttle);
    }
}
