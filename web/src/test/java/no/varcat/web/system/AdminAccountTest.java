package no.varcat.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminAccountTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path dataDir;

    private VarcatProperties properties(String password) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("varcat.data-dir", dataDir.toString());
        if (password != null) {
            source.put("varcat.admin.password", password);
        }
        return new Binder(source).bindOrCreate("varcat", VarcatProperties.class);
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedKeptOwnerOnlyAndUsedAgain() throws Exception {
        UserDetails first = AdminAccount.user(properties(null), encoder);
        Path file = dataDir.resolve(AdminAccount.PASSWORD_FILE);
        String password = Files.readString(file).strip();

        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(encoder.matches(password, first.getPassword())).isTrue();
        assertThat(encoder.matches(password, AdminAccount.user(properties(null), encoder).getPassword())).isTrue();
    }

    @Test
    void anEmptyPasswordFileIsNeverAPassword() throws Exception {
        Files.writeString(dataDir.resolve(AdminAccount.PASSWORD_FILE), "  \n");

        UserDetails admin = AdminAccount.user(properties(null), encoder);

        assertThat(encoder.matches("", admin.getPassword())).isFalse();
        assertThat(Files.readString(dataDir.resolve(AdminAccount.PASSWORD_FILE)).strip()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void aPlainPasswordThatStartsWithABraceIsStillAPlainPassword() {
        assertThat(encoder.matches("{secret}horse", AdminAccount.user(properties("{secret}horse"), encoder).getPassword())).isTrue();
        assertThat(AdminAccount.user(properties("{noop}plain"), encoder).getPassword()).isEqualTo("{noop}plain");
    }
}
