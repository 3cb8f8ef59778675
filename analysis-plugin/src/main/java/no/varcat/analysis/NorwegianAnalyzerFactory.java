package no.varcat.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Ready-made analyzer for Norwegian free text, usable without any index analysis settings. */
@NamedComponent("varcat_norwegian")
public class NorwegianAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new NorwegianAnalyzer();
    }
}
