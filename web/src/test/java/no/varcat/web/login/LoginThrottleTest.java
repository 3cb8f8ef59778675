package no.varcat.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The throttle over Spring Security's real password check, on a clock the test moves: five wrong
 * passwords lock that user out from that address, the right password included, for 15 minutes;
 * others are not held up.
 */
class LoginThrottleTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final MovableClock clock = new MovableClock();
    private final ThrottledAuthentication login = new ThrottledAuthentication(passwords(), new LoginThrottle(clock));

    @Test
    void fiveWrongPasswordsLockTheUserOutFromThatAddressEvenWithTheRightOne() {
        failFiveTimes("admin", "203.0.113.7");

        assertThatThrownBy(() -> login.authenticate(attempt("admin", PASSWORD, "203.0.113.7")))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(e.getMessage()).contains("Too many failed logins", "try again in 15 minutes");
                });
        assertThat(login.authenticate(attempt("admin", PASSWORD, "198.51.100.1")).isAuthenticated())
                .as("another address is not held up").isTrue();
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        failFiveTimes("admin", "203.0.113.7");
        clock.advance(Duration.ofMinutes(14).plusSeconds(30));
        assertThatThrownBy(() -> login.authenticate(attempt("admin", PASSWORD, "203.0.113.7")))
                .isInstanceOfSatisfying(LoginThrottledException.class, e ->
                        assertThat(e.getMessage()).contains("try again in 1 minute"));

        clock.advance(Duration.ofMinutes(1));

        assertThat(login.authenticate(attempt("admin", PASSWORD, "203.0.113.7")).isAuthenticated()).isTrue();
    }

    @Test
    void theUserNameIsCountedWithoutRegardToCase() {
        for (String name : new String[] {"admin", "Admin", "ADMIN", "aDmin", " admin "}) {
            assertThatThrownBy(() -> login.authenticate(attempt(name, "guess", "203.0.113.7"))).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login.authenticate(attempt("admin", PASSWORD, "203.0.113.7"))).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("admin", "guess", "203.0.113.7"))).isInstanceOf(BadCredentialsException.class);
            if (i % 4 == 3) {
                clock.advance(Duration.ofMinutes(16));
            }
        }
        assertThat(login.authenticate(attempt("admin", PASSWORD, "203.0.113.7")).isAuthenticated()).isTrue();
    }

    @Test
    void aRightPasswordClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("admin", "guess", "203.0.113.7"))).isInstanceOf(BadCredentialsException.class);
        }
        login.authenticate(attempt("admin", PASSWORD, "203.0.113.7"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("admin", "guess", "203.0.113.7"))).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(login.authenticate(attempt("admin", PASSWORD, "203.0.113.7")).isAuthenticated()).isTrue();
    }

    private void failFiveTimes(String username, String address) {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt(username, "wrong-" + address, address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private static Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }

    private static DaoAuthenticationProvider passwords() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
                new InMemoryUserDetailsManager(User.withUsername("admin").password(encoder.encode(PASSWORD)).roles("ADMIN").build()));
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
