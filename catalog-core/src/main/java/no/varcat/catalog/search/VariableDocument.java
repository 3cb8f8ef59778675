package no.varcat.catalog.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import no.varcat.catalog.variable.VariableSummary;

/** A variable as stored in the search index; field names match variables-index.json. */
public record VariableDocument(
        String iri,
        String notation,
        String labelNb,
        String labelNn,
        String labelEn,
        String definitionNb,
        String definitionNn,
        String definitionEn,
        String registerIri,
        String registerTitleNb,
        String registerTitleEn,
        Integer firstYear,
        Integer lastYear,
        String representation,
        boolean hasCodeList) {

    public static VariableDocument from(VariableSummary v) {
        return new VariableDocument(v.iri(), v.notation(),
                v.label().nb(), v.label().nn(), v.label().en(),
                v.definition().nb(), v.definition().nn(), v.definition().en(),
                v.registerIri(), v.registerTitle().in("nb"), v.registerTitle().in("en"),
                v.firstYear(), v.lastYear(), v.representation(), v.hasCodeList());
    }

    /** Document id: a hash of the IRI, since IRIs can be longer than the 512 bytes an id may have. */
    public String id() {
        return idFor(iri);
    }

    public static String idFor(String iri) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
