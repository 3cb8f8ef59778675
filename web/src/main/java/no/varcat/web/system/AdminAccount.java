package no.varcat.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

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

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private AdminAccount() {
    }

    static UserDetails user(VarcatProperties properties, PasswordEncoder encoder) {
        String configured = properties.admin().password();
        String password;
        if (configured != null && !configured.isBlank()) {
            // An encoded value ({bcrypt}..., {noop}...) is used as it is; a plain one is encoded here.
            password = configured.startsWith("{") ? configured : encoder.encode(configured);
        } else {
            password = encoder.encode(generatedPassword(properties.dataDir().resolve(PASSWORD_FILE)));
        }
        return User.withUsername(properties.admin().username()).password(password).roles(ROLE).build();
    }

    private static String generatedPassword(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            log.warn("No varcat.admin.password is set: the admin password was generated and written to {}", file.toAbsolutePath());
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated admin password in " + file
                    + "; set varcat.admin.password or make the data directory writable", e);
        }
    }
}
