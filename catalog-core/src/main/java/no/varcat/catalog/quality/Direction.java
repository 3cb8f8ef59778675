package no.varcat.catalog.quality;

import java.util.Optional;

import no.varcat.vocab.VARCAT;

/** Which way a quality indicator improves. */
public enum Direction {
    HIGHER_IS_BETTER(VARCAT.NS + "HigherIsBetter"),
    LOWER_IS_BETTER(VARCAT.NS + "LowerIsBetter");

    private final String iri;

    Direction(String iri) {
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }

    public static Optional<Direction> fromIri(String iri) {
        for (Direction d : values()) {
            if (d.iri.equals(iri)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
