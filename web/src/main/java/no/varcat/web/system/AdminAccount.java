package no.varcat.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The admin's account. The password comes from {@code varcat.admin.password}; without it, one is
 * generated on the first start and kept in {@code {dataDir}/admin-password} (owner-only), so that
 * a fresh install is never open and never has a well-known password, and the password stays the
 * same across restarts. Only the file's path is logged, never the password.
 */
final class AdminAccount {

    static final String ROLE = "ADMIN";
    static final String PASSWORD_FILE = "admin-password";
    /** The encodings Spring Security's delegating encoder knows; any other value is a plain password. */
    private static final Pattern ENCODED = Pattern.compile("\\{(bcrypt|noop|pbkdf2|pbkdf2@SpringSecurity_v5_8|scrypt|scrypt@SpringSecurity_v5_8|argon2|argon2@SpringSecurity_v5_8|sha256|SHA-256|SHA-1|MD5|MD4|ldap)\\}");
    private static final int MIN_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private AdminAccount() {
    }

    static UserDetails user(VarcatProperties properties, PasswordEncoder encoder) {
        String configured = properties.admin().password();
        String password;
        if (configured != null && !configured.isBlank()) {
            // An encoded value ({bcrypt}..., {noop}...) is used as it is; a plain one is encoded here.
            password = ENCODED.matcher(configured).lookingAt() ? configured : encoder.encode(configured);
        } else {
            password = encoder.encode(generatedPassword(properties.dataDir().resolve(PASSWORD_FILE)));
        }
        return User.withUsername(properties.admin().username()).password(password).roles(ROLE).build();
    }

    private static String generatedPassword(Path file) {
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (kept.length() >= MIN_LENGTH) {
                    return kept;
                }
                // Never accept a blank or short password from a damaged file: make a new one.
                log.warn("{} holds no usable password; a new one is generated", file.toAbsolutePath());
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Written whole beside it and moved into place: a crash leaves the old file or the new one, never an empty one.
            Path temp = file.resolveSibling(PASSWORD_FILE + ".tmp");
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.warn("No varcat.admin.password is set: the admin password was generated and written to {}", file.toAbsolutePath());
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated admin password in " + file
                    + "; set varcat.admin.password or make the data directory writable", e);
        }
    }
}
