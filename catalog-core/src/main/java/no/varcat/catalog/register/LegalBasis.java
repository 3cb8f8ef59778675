package no.varcat.catalog.register;

import no.varcat.catalog.text.LocalizedText;

/**
 * A legal basis for processing ({@code dcatno:legalBasisForProcessing}).
 *
 * @param source where the legal text is, e.g. a Lovdata address; or null
 */
public record LegalBasis(LocalizedText label, String source) {
}
