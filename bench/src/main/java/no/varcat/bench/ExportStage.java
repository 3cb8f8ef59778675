package no.varcat.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

import no.varcat.bench.Stats.Spread;

/** Every page of an RDF export, followed by its Hydra links, against Jena's Turtle writer on the same triples. */
final class ExportStage {

    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private ExportStage() {
    }

    /**
     * Each page is parsed, timed through Jena's writer and dropped before the next is fetched: the
     * whole export of a 1M catalog held at once ran the harness out of its heap. The writer is timed
     * on each page's triples (the paging links removed), which is what the application writes too.
     */
    static Row run(VarcatClient client, String path, String stage, int runs, String size) throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<Double> writer = new ArrayList<>();
        long bytes = 0;
        long largest = 0;
        int pages = 0;
        long triples = 0;
        for (int run = 0; run < runs; run++) {
            Benchmark.log(size, path + ", run " + (run + 1));
            long nanos = 0;
            long writerNanos = 0;
            bytes = 0;
            largest = 0;
            pages = 0;
            triples = 0;
            String next = path;
            while (next != null) {
                VarcatClient.Timed page = client.get(next, "text/turtle");
                if (page.status() != 200) {
                    throw new IllegalStateException("GET " + next + " answered " + page.status());
                }
                nanos += page.nanos();
                bytes += page.body().length;
                largest = Math.max(largest, page.body().length);
                pages++;
                Model model = ModelFactory.createDefaultModel();
                RDFParser.fromString(page.text(), Lang.TURTLE).base(client.base().toString()).parse(model);
                List<RDFNode> nexts = model.listObjectsOfProperty(model.createProperty(HYDRA + "next")).toList();
                // The paging links differ from page to page; the catalog is the rest.
                model.remove(model.listStatements().filterKeep(s -> s.getPredicate().getURI().startsWith(HYDRA)).toList());
                triples += model.size();
                long started = System.nanoTime();
                RDFDataMgr.write(OutputStream.nullOutputStream(), model, Lang.TURTLE);
                writerNanos += System.nanoTime() - started;
                next = nexts.isEmpty() ? null : relative(nexts.get(0).asResource().getURI());
            }
            seconds.add(Stats.seconds(nanos));
            writer.add(Stats.seconds(writerNanos));
        }
        return new Row(stage + ": time, size",
                Spread.of(seconds).format("%.2f s") + String.format(Locale.ROOT, ", %.1f MB in %d pages (largest %.2f MB)",
                        bytes / 1e6, pages, largest / 1e6),
                "Jena's Turtle writer on the same " + String.format(Locale.ROOT, "%,d", triples) + " triples, page by page: "
                        + Spread.of(writer).format("%.2f s"), "no answer over 1 MB", Row.verdict(largest <= 1_000_000));
    }

    private static String relative(String uri) {
        int slash = uri.indexOf('/', uri.indexOf("//") + 2);
        return slash < 0 ? "" : uri.substring(slash + 1);
    }
}
