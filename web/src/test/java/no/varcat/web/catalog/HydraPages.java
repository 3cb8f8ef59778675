package no.varcat.web.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

import no.varcat.vocab.HYDRA;

/** Every page of a paged export, as a reader follows them: hydra:next of each page's view, from the first. */
public final class HydraPages {

    /** More pages than any test catalog has: a next link that never ends fails the test instead of hanging it. */
    private static final int MOST = 100;

    /** What a test fetches a page with: a site path and query in, the page's Turtle out. */
    @FunctionalInterface
    public interface Fetch {
        String turtle(String pathAndQuery) throws Exception;
    }

    private HydraPages() {
    }

    public static List<Model> follow(String first, Fetch fetch) throws Exception {
        List<Model> pages = new ArrayList<>();
        String next = first;
        while (next != null) {
            if (pages.size() == MOST) {
                throw new AssertionError("More than " + MOST + " pages from " + first + ": does hydra:next end?");
            }
            Model page = ModelFactory.createDefaultModel();
            RDFParser.fromString(fetch.turtle(next), Lang.TURTLE).parse(page);
            pages.add(page);
            next = next(page);
        }
        return pages;
    }

    public static List<Resource> views(Model page) {
        return page.listSubjectsWithProperty(RDF.type, HYDRA.PartialCollectionView).toList();
    }

    private static String next(Model page) {
        List<Resource> views = views(page);
        Resource following = views.isEmpty() ? null : views.get(0).getPropertyResourceValue(HYDRA.next);
        if (following == null) {
            return null;
        }
        URI uri = URI.create(following.getURI());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
