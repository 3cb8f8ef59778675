package no.varcat.web.harvest;

import java.net.URI;
import java.util.List;

import no.varcat.harvest.HarvestSource;
import no.varcat.sample.SampleCatalog;
import no.varcat.sample.SampleSource;

/** The sample catalog bundled in the sample-data module, as harvest sources read from the classpath. */
final class SampleSources {

    private SampleSources() {
    }

    static List<HarvestSource> list() {
        return SampleCatalog.sources().stream().map(SampleSources::toHarvestSource).toList();
    }

    private static HarvestSource toHarvestSource(SampleSource s) {
        return new HarvestSource(s.id(), URI.create("classpath:" + s.resource()), s.format(), s.title(), s.register(), s.preset());
    }
}
