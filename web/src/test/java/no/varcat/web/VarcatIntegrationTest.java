package no.varcat.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, with its store and its local Elasticsearch node under
 * {@code target/}. Every {@code *IT} that needs the running catalog uses this one annotation, so
 * they share one Spring test context, and so one Elasticsearch node, per test JVM: any other
 * property or a {@code @MockitoBean} would start a second.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "varcat.data-dir=target/it-data",
        "varcat.elasticsearch.local.home=target/it-elasticsearch",
        "varcat.admin.password=" + VarcatIntegrationTest.ADMIN_PASSWORD,
        // The tests' sources are real HTTP servers on loopback.
        "varcat.harvest.allow-private-addresses=true"})
public @interface VarcatIntegrationTest {

    /** The admin's password in the tests (user name {@code admin}). */
    String ADMIN_PASSWORD = "it-admin-password";
}
