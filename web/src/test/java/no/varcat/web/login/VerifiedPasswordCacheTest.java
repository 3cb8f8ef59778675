package no.varcat.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.http.HttpStatus;

/**
 * HTTP Basic requests through Spring Security's own Basic filter and the admin's login chain
 * ({@link ThrottledAuthentication#ofPasswords}), with the real BCrypt encoder under a wrapper that
 * counts its checks: the password is BCrypt-checked once for many requests, a wrong one every time,
 * and the throttle still locks.
 */
class VerifiedPasswordCacheTest {

    private static final String USER = "admin";
    private static final String PASSWORD = "correct horse battery staple";

    private final CountingEncoder bcrypt = new CountingEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedPasswordCache encoder = new VerifiedPasswordCache(bcrypt, nanos::get);
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername(USER).password(bcrypt.encode(PASSWORD)).roles("ADMIN").build());
    private final BasicAuthenticationFilter basic = new BasicAuthenticationFilter(
            new ProviderManager(ThrottledAuthentication.ofPasswords(users, encoder, new LoginThrottle(Clock.systemUTC()))),
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void manyBasicRequestsWithTheRightPasswordCostOneBcryptCheck() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(request(USER, PASSWORD, "192.0.2.1")).isEqualTo(200);
        }
        assertThat(bcrypt.checks.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverLetIn() throws Exception {
        request(USER, PASSWORD, "192.0.2.1");
        bcrypt.checks.set(0);

        for (int i = 0; i < 3; i++) {
            assertThat(request(USER, PASSWORD + "!", "192.0.2.2")).isEqualTo(401);
        }
        assertThat(bcrypt.checks.get()).isEqualTo(3);
    }

    @Test
    void theThrottleLocksEvenAPasswordThatIsRemembered() throws Exception {
        assertThat(request(USER, PASSWORD, "192.0.2.3")).isEqualTo(200);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(request(USER, "wrong " + i, "192.0.2.3")).isEqualTo(401);
        }
        bcrypt.checks.set(0);

        assertThat(request(USER, PASSWORD, "192.0.2.3")).as("locked, though the right password is remembered").isEqualTo(401);
        assertThat(bcrypt.checks.get()).as("refused before the password is looked at").isZero();
        assertThat(request(USER, PASSWORD, "192.0.2.4")).as("another address is not held up").isEqualTo(200);
    }

    @Test
    void aChangedPasswordIsCheckedAnewAndTheOldOneNoLongerLetsIn() throws Exception {
        request(USER, PASSWORD, "192.0.2.5");
        users.updateUser(User.withUsername(USER).password(bcrypt.encode("a new password of the admin")).roles("ADMIN").build());
        bcrypt.checks.set(0);

        assertThat(request(USER, PASSWORD, "192.0.2.5")).isEqualTo(401);
        assertThat(request(USER, "a new password of the admin", "192.0.2.5")).isEqualTo(200);
        assertThat(bcrypt.checks.get()).isEqualTo(2);
    }

    @Test
    void aRememberedPasswordIsCheckedAgainAfterTheTimeToLive() throws Exception {
        request(USER, PASSWORD, "192.0.2.6");
        nanos.addAndGet(VerifiedPasswordCache.TTL.minusSeconds(1).toNanos());
        request(USER, PASSWORD, "192.0.2.6");
        assertThat(bcrypt.checks.get()).isEqualTo(1);

        nanos.addAndGet(java.time.Duration.ofSeconds(2).toNanos());
        assertThat(request(USER, PASSWORD, "192.0.2.6")).isEqualTo(200);
        assertThat(bcrypt.checks.get()).isEqualTo(2);
    }

    @Test
    void anotherUsersHashDoesNotShareTheEntry() {
        String other = bcrypt.encode(PASSWORD);
        String mine = users.loadUserByUsername(USER).getPassword();
        assertThat(encoder.matches(PASSWORD, mine)).isTrue();
        assertThat(encoder.matches(PASSWORD, other)).isTrue();
        assertThat(bcrypt.checks.get()).as("each stored hash checked once").isEqualTo(2);
    }

    /** One request through the Basic filter: 200 when it got through, else the status the entry point set. */
    private int request(String user, String password, String address) throws Exception {
        SecurityContextHolder.clearContext();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/admin/sources");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        basic.doFilter(request, response, chain);
        boolean through = chain.getRequest() != null && SecurityContextHolder.getContext().getAuthentication() != null;
        return through ? 200 : response.getStatus();
    }

    /** The real encoder, counting how often it checks a password. */
    private static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger checks = new AtomicInteger();
        private final PasswordEncoder real;

        CountingEncoder(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return real.matches(rawPassword, encodedPassword);
        }
    }
}
