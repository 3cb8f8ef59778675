package no.varcat.catalog.ddi;

import java.util.List;

/**
 * What a study description needs beyond the register page's {@code RegisterDetails}: every keyword,
 * the other identifiers, the producers (dct:creator) and the distributor (dct:publisher).
 */
record StudyExtras(List<Tagged> keywords, List<OtherIdentifier> identifiers, List<StudyAgent> producers,
        StudyAgent distributor) {

    StudyExtras {
        keywords = List.copyOf(keywords);
        identifiers = List.copyOf(identifiers);
        producers = List.copyOf(producers);
    }
}
