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
 * whole collection holds: the catalog's pages of registers and a register's pages of variables.
 */
public final class HydraView {

    private HydraView() {
    }

    /** Adds the view of {@code page} to {@code collection}; {@code pageIri} names page n (from 1). */
    public static void add(Model model, Resource collection, CatalogPage page, IntFunction<String> pageIri) {
        collection.addLiteral(HYDRA.totalItems, model.createTypedLiteral(page.total(), XSDDatatype.XSDnonNegativeInteger));
        Resource view = model.createResource(pageIri.apply(page.number()))
                .addProperty(RDF.type, HYDRA.PartialCollectionView)
                .addProperty(HYDRA.first, model.createResource(pageIri.apply(1)))
                .addProperty(HYDRA.last, model.createResource(pageIri.apply(page.pages())));
        if (page.hasNext()) {
            view.addProperty(HYDRA.next, model.createResource(pageIri.apply(page.number() + 1)));
        }
        if (page.hasPrevious()) {
            view.addProperty(HYDRA.previous, model.createResource(pageIri.apply(page.number() - 1)));
        }
        collection.addProperty(HYDRA.view, view);
    }
}
