package no.varcat.web.login;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A login refused without checking the password: too many failures for this user from this address. */
public final class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins for this user from this address; try again in " + minutes(retryAfter)
                + (minutes(retryAfter) == 1 ? " minute" : " minutes"));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up: "try again in 1 minute" rather than in 0. */
    public static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
