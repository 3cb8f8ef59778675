package no.varcat.web.sparql;

import java.io.ByteArrayOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsWriter;

import no.varcat.catalog.store.QueryAnswer;

/** Writes a query's answer in the syntax negotiated for it. */
final class SparqlResults {

    private SparqlResults() {
    }

    static byte[] write(QueryAnswer answer, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (answer instanceof QueryAnswer.Rows rows) {
            ResultsWriter.create().lang(lang).write(out, rows.rowSet());
        } else if (answer instanceof QueryAnswer.Truth truth) {
            ResultsWriter.create().lang(lang).write(out, truth.value());
        } else {
            RDFDataMgr.write(out, ((QueryAnswer.Triples) answer).graph(), lang);
        }
        return out.toByteArray();
    }

    static boolean truncated(QueryAnswer answer) {
        return answer instanceof QueryAnswer.Rows rows && rows.truncated()
                || answer instanceof QueryAnswer.Triples triples && triples.truncated();
    }
}
