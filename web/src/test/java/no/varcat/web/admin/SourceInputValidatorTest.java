package no.varcat.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

class SourceInputValidatorTest {

    private final SourceInputValidator validator = new SourceInputValidator(Set.of("turtle"), false,
            Map.of("VARCAT_SOURCE_AUTH_NKR", "X-Api-Key: k", "DATABASE_URL", "postgres://u:p@db/x")::get);

    private static SourceInput input(String location, String env) {
        SourceInput input = new SourceInput();
        input.setId("nkr");
        input.setLocation(location);
        input.setFormat("turtle");
        input.setAuthHeaderEnv(env);
        return input;
    }

    private java.util.List<String> faults(SourceInput input) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(input, "source");
        validator.validate(input, errors);
        return errors.getFieldErrors().stream().map(FieldError::getField).toList();
    }

    @Test
    void aGoodSourcePasses() {
        assertThat(faults(input("https://register.example.no/nkr.ttl", "VARCAT_SOURCE_AUTH_NKR"))).isEmpty();
        assertThat(faults(input("classpath:no/varcat/sample/mfr.ttl", null))).isEmpty();
    }

    @Test
    void onlyTheCatalogsOwnAuthVariablesMayBeNamed() {
        assertThat(faults(input("https://register.example.no/nkr.ttl", "DATABASE_URL"))).containsExactly("authHeaderEnv");
        assertThat(faults(input("https://register.example.no/nkr.ttl", "VARCAT_SOURCE_AUTH_UNSET"))).containsExactly("authHeaderEnv");
    }

    @Test
    void locationsWithoutAHostOtherClasspathResourcesAndFileUrlsAreRefused() {
        assertThat(faults(input("http:nkr.ttl", null))).containsExactly("location");
        assertThat(faults(input("classpath:application.properties", null))).containsExactly("location");
        assertThat(faults(input("CLASSPATH:no/varcat/sample/mfr.ttl", null))).containsExactly("location");
        assertThat(faults(input("file:///etc/passwd", null))).containsExactly("location");
        assertThat(faults(input("https://user:pw@register.example.no/nkr.ttl", null))).containsExactly("location");
    }

    @Test
    void aColumnsSettingIsCheckedAndItsFaultSaysWhatIsWrong() {
        SourceInput input = input("https://register.example.no/nkr.csv", null);
        input.setColumns("name=Variabelnavn;label=Etikett;codes=Kodeliste");
        assertThat(faults(input)).isEmpty();
        assertThat(input.toRegisteredSource().source().columns()).isEqualTo("name=Variabelnavn;label=Etikett;codes=Kodeliste");

        input.setColumns("label=Etikett");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(input, "source");
        validator.validate(input, errors);
        assertThat(errors.getFieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo("columns");
            assertThat(error.getDefaultMessage()).isEqualTo("columns must say which column holds the variable's name, e.g. name=Variabelnavn");
        });
    }
}
