package no.varcat.harvest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** The public-only guard keeps source URLs away from this host and the internal network. */
class TargetGuardTest {

    @Test
    void loopbackLinkLocalPrivateAndWildcardAddressesAreRefused() {
        for (String target : new String[] {"http://127.0.0.1:9400/", "http://localhost/", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.5/", "http://192.168.1.1/", "http://172.16.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00::1]/"}) {
            assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create(target))).as(target).isPresent();
        }
    }

    @Test
    void aPublicAddressIsAllowed() {
        assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create("http://8.8.8.8/"))).isEmpty();
        assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create("https://[2001:4860:4860::8888]/"))).isEmpty();
    }

    @Test
    void aRefusedTargetFailsTheFetchWithItsReason() {
        try (HttpHarvest harvest = new HttpHarvest(HttpHarvest.FAST.withGuard(TargetGuard.PUBLIC_ONLY))) {
            var report = harvest.harvest(new no.varcat.harvest.HarvestSource("local", harvest.server.uri("/x.ttl"), "turtle", "Local"));
            assertThat(report.succeeded()).isFalse();
            assertThat(report.issues().get(0).message()).contains("Refusing to fetch", "is not allowed");
        }
    }
}
