package no.varcat.catalog.dcat;

import java.util.function.IntFunction;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

import no.varcat.vocab.HYDRA;

/**
 * Where one page of a paged RDF document sits among all of them, in Hydra's terms (a
 * {@code hydra:PartialCollectionView} with first, last, next and previous), and how many items the
 * whole collection holds: the catalog's pages of registers, the HealthDCAT-AP catalog's parts of
 * them and a register's pages of variables.
 */
public final class HydraView {

    private HydraView() {
    }

    /** Adds the view of {@code page} to {@code collection}; {@code pageIri} names page n (from 1). */
    public static void add(Model model, Resource collection, CatalogPage page, IntFunction<String> pageIri) {
        add(model, collection, page.total(), new Links(pageIri.apply(page.number()), pageIri.apply(1), pageIri.apply(page.pages()),
                page.hasNext() ? pageIri.apply(page.number() + 1) : null,
                page.hasPrevious() ? pageIri.apply(page.number() - 1) : null));
    }

    /** The addresses of a view: this page, the first and the last, and the next and the previous (null when none). */
    public record Links(String self, String first, String last, String next, String previous) {
    }

    /** Adds the view with these links to {@code collection}, which holds {@code totalItems} in all. */
    public static void add(Model model, Resource collection, long totalItems, Links links) {
        collection.addLiteral(HYDRA.totalItems, model.createTypedLiteral(totalItems, XSDDatatype.XSDnonNegativeInteger));
        Resource view = model.createResource(links.self())
                .addProperty(RDF.type, HYDRA.PartialCollectionView)
                .addProperty(HYDRA.first, model.createResource(links.first()))
                .addProperty(HYDRA.last, model.createResource(links.last()));
        if (links.next() != null) {
            view.addProperty(HYDRA.next, model.createResource(links.next()));
        }
        if (links.previous() != null) {
            view.addProperty(HYDRA.previous, model.createResource(links.previous()));
        }
        collection.addProperty(HYDRA.view, view);
    }
}
