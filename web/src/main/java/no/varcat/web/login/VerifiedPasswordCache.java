package no.varcat.web.login;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for {@link #TTL}, that a password matched a stored hash, so
 * that a program calling the admin API with HTTP Basic (no session: the password comes with every
 * request) pays one BCrypt check per few minutes instead of one per request. Spring Security has
 * no such thing: its {@code UserCache} keeps the user's record, and the password is still checked
 * against it every time; its advice is a session or a token, which the stateless API has not.
 *
 * <p>What is kept is an HMAC-SHA-256, under a random key made for this process, of the presented
 * password and the stored hash: no password is held, and without the key an entry says nothing.
 * The stored hash being part of it, a changed password (a new hash) finds nothing, so the cache
 * needs no invalidation: the old entries just expire. Only matches are kept; a wrong password is
 * checked in full every time, and the {@link LoginThrottle} still counts and locks before the
 * password is looked at. The user is still looked up on every request (a disabled user stays out).
 * The cache is per instance and holds at most {@link #MAX_ENTRIES} entries.
 */
public final class VerifiedPasswordCache implements PasswordEncoder {

    static final Duration TTL = Duration.ofMinutes(5);
    static final long MAX_ENTRIES = 100;

    private final PasswordEncoder delegate;
    private final Cache<String, Boolean> verified;
    private final SecretKeySpec key;

    public VerifiedPasswordCache(PasswordEncoder delegate) {
        this(delegate, Ticker.systemTicker());
    }

    /** @param ticker the cache's clock: tests move it rather than wait */
    VerifiedPasswordCache(PasswordEncoder delegate, Ticker ticker) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(TTL).ticker(ticker).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || encodedPassword.isEmpty()) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = entry(rawPassword, encodedPassword);
        if (verified.getIfPresent(entry) != null) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(entry, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** HMAC of both, each preceded by its length, so that no two pairs give the same input. */
    private String entry(CharSequence rawPassword, String encodedPassword) {
        byte[] raw = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        byte[] encoded = encodedPassword.getBytes(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.allocate(8 + raw.length + encoded.length)
                .putInt(raw.length).put(raw).putInt(encoded.length).put(encoded);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
            Arrays.fill(input.array(), (byte) 0);
        }
    }
}
