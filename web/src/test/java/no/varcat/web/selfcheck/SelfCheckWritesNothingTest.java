package no.varcat.web.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import no.varcat.harvest.DryRun;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.web.store.CountingStore;

/**
 * A self-check reads the store (the types of what a source points to) and writes nothing to it; the
 * index it never gets at all (SelfCheck holds no index, and SelfCheckApiIT counts Elasticsearch's own
 * indexing counters around real requests).
 */
class SelfCheckWritesNothingTest {

    private final CountingStore store = CountingStore.withRegister("https://test.varcat.no/counting/register", 3);
    private final SourceReaders readers = SourceReaders.standard();
    private final SelfCheck selfCheck = new SelfCheck(new DryRun(store, readers, new SourceOpener(false)), readers.formats());

    @Test
    void checksATurtleCatalogWithoutWriting() {
        store.triplesWrittenSinceLast();
        SelfCheckReport report = selfCheck.run(upload(SelfCheckSamples.TURTLE, "turtle", null));

        assertThat(report.wouldLand()).isTrue();
        assertThat(report.registers()).extracting(SelfCheckReport.Register::iri).containsExactly(SelfCheckSamples.REGISTER);
        assertThat(report.leftOut()).extracting(SelfCheckReport.LeftOut::iri).containsExactly(SelfCheckSamples.UNTITLED);
        assertThat(report.leftOut().get(0).reason()).contains("no title");
        assertThat(report.leftOut().get(0).variables()).isEqualTo(1);
        SelfCheckReport.Register register = report.registers().get(0);
        assertThat(register.title()).isEqualTo("Hjerteregisteret");
        assertThat(register.variables()).extracting(SelfCheckReport.Variable::name).containsExactly("ALDER");
        assertThat(register.warnings()).isNotEmpty();
        assertThat(register.quality().toGain()).extracting(SelfCheckReport.Gain::metric).contains("contactPointAvailability");
        assertThat(store.triplesWrittenSinceLast()).isZero();
    }

    @Test
    void checksACodebookAgainstAStandInRegisterWithoutWriting() {
        store.triplesWrittenSinceLast();
        SelfCheckReport report = selfCheck.run(upload(SelfCheckSamples.CODEBOOK, "codebook-csv", "plain"));

        assertThat(report.wouldLand()).as("%s", report.issues()).isTrue();
        assertThat(report.variables()).isEqualTo(2);
        assertThat(report.registers()).singleElement().satisfies(r -> {
            assertThat(r.iri()).isEqualTo(SelfCheckRequest.STAND_IN_REGISTER);
            assertThat(r.variables()).extracting(SelfCheckReport.Variable::name).containsExactly("ALDER", "KJONN");
            // A codebook describes no register, so the register's own (MQA) points are not its to gain.
            assertThat(r.quality().toGain()).isNotEmpty().extracting(SelfCheckReport.Gain::dimension).containsOnly("variables");
        });
        assertThat(store.triplesWrittenSinceLast()).isZero();
    }

    @Test
    void saysWhereTheFileBreaks() {
        SelfCheckReport report = selfCheck.run(upload(SelfCheckSamples.BROKEN_TURTLE, "turtle", null));

        assertThat(report.wouldLand()).isFalse();
        assertThat(report.issues()).anySatisfy(i -> {
            assertThat(i.severity()).isEqualTo("fatal");
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.column()).isNotNull();
        });
        assertThat(store.triplesWrittenSinceLast()).isZero();
    }

    @Test
    void refusesWhatIsNotAnHttpAddress() {
        SelfCheckRequest request = new SelfCheckRequest("file:///etc/passwd", null, null, null, "turtle", null, null, null);
        assertThat(request.problems(readers.formats())).extracting(SelfCheckRequest.Problem::parameter).containsExactly("url");
        SelfCheckRequest classpath = new SelfCheckRequest("classpath:application.properties", null, null, null, "turtle", null, null,
                null);
        assertThat(classpath.problems(readers.formats())).extracting(SelfCheckRequest.Problem::parameter).containsExactly("url");
    }

    private static SelfCheckRequest upload(String content, String format, String preset) {
        return new SelfCheckRequest(null, content.getBytes(StandardCharsets.UTF_8), "katalog", "text/plain", format, preset, null, null);
    }
}
