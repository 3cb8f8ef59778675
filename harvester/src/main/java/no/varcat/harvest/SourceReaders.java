package no.varcat.harvest;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.riot.Lang;

import no.varcat.harvest.codebook.CsvCodebookReader;
import no.varcat.harvest.codebook.XlsxCodebookReader;
import no.varcat.harvest.coverage.CoverageCsvReader;
import no.varcat.harvest.ddi.DdiCodebookReader;
import no.varcat.harvest.indicator.IndicatorJsonReader;
import no.varcat.harvest.microdata.MicrodataJsonReader;

/** The readers varcat has, keyed by format name, as RIOT keys its parsers by language. */
public final class SourceReaders {

    private final Map<String, SourceReader> readers = new TreeMap<>();

    public static SourceReaders standard() {
        SourceReaders registry = new SourceReaders();
        registry.register("turtle", new RdfSourceReader(Lang.TURTLE));
        registry.register("rdfxml", new RdfSourceReader(Lang.RDFXML));
        registry.register("jsonld", new RdfSourceReader(Lang.JSONLD));
        registry.register("ntriples", new RdfSourceReader(Lang.NTRIPLES));
        registry.register("trig", new RdfSourceReader(Lang.TRIG));
        // Codebooks say their language where they can; English is what untagged ones mostly are.
        registry.register(DdiCodebookReader.FORMAT, new DdiCodebookReader("en"));
        registry.register(CsvCodebookReader.FORMAT, new CsvCodebookReader());
        registry.register(XlsxCodebookReader.FORMAT, new XlsxCodebookReader());
        registry.register(CoverageCsvReader.FORMAT, new CoverageCsvReader());
        registry.register(IndicatorJsonReader.FORMAT, new IndicatorJsonReader());
        registry.register(MicrodataJsonReader.FORMAT, new MicrodataJsonReader());
        return registry;
    }

    public void register(String format, SourceReader reader) {
        readers.put(format, reader);
    }

    public Optional<SourceReader> forFormat(String format) {
        return Optional.ofNullable(readers.get(format));
    }

    public java.util.Set<String> formats() {
        return readers.keySet();
    }
}
