package no.varcat.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import no.varcat.web.harvest.SourcesFile;

/** A bad {@code varcat.sources-file} stops the start with its line and what to do, not a stack trace. */
class SourcesFileFailureTest {

    @Test
    void aBadLineIsExplained() {
        Throwable bad = catchThrowable(() -> new SourcesFile(Set.of("turtle"), name -> null)
                .read(new StringReader("id,location,format,schedule\nmfr,https://fhi.example/mfr.ttl,turtle,nightly\n"), "/etc/varcat/sources.csv"));

        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(new BeanCreationException("sourceScheduler", "failed", bad));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("/etc/varcat/sources.csv, line 2: schedule 'nightly' is not a cron expression");
        assertThat(analysis.getAction()).contains("varcat.sources-file");
    }
}
