package no.varcat.harvest.fetch;

import static no.varcat.harvest.fetch.HttpHarvest.TURTLE;
import static no.varcat.harvest.fetch.HttpHarvest.resource;
import static no.varcat.harvest.fetch.TestHttpServer.ok;
import static no.varcat.harvest.fetch.TestHttpServer.redirect;
import static no.varcat.harvest.fetch.TestHttpServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;

/** Each run records the status of the HTTP response it ended on, and the admin pages read it back. */
class HttpStatusRecordTest {

    private final HttpHarvest harvest = new HttpHarvest();

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void aRunRecordsTheStatusItEndedOnAfterARedirectAndAFailedOneItsError() {
        HarvestSource source = new HarvestSource("small", harvest.server.uri("/moved.ttl"), "turtle", "Small");
        harvest.server.route("/moved.ttl", redirect(301, "/register.ttl"));
        harvest.server.route("/register.ttl", ok(TURTLE, resource("small-register.ttl")));

        HarvestReport good = harvest.harvest(source);
        harvest.server.route("/register.ttl", status(404));
        HarvestReport missing = harvest.harvest(source);

        assertThat(good.httpStatus()).isEqualTo(200);
        assertThat(missing.httpStatus()).isEqualTo(404);
        assertThat(new HarvestHistory(harvest.store).runs("small")).extracting(HarvestReport::httpStatus).containsExactly(404, 200);
    }

    @Test
    void aSourceNotFetchedOverHttpHasNoStatus() {
        HarvestReport report = harvest.harvest(new HarvestSource("bundled",
                java.net.URI.create("classpath:no/varcat/harvest/small-register.ttl"), "turtle", "Bundled"));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.httpStatus()).isNull();
        assertThat(new HarvestHistory(harvest.store).runs("bundled")).singleElement().satisfies(run -> assertThat(run.httpStatus()).isNull());
    }
}
