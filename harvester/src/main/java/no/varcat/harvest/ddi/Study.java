package no.varcat.harvest.ddi;

import java.util.List;

/**
 * What varcat takes from a stdyDscr: the study becomes the dcat:Dataset holding the variables.
 * {@code analysisUnit}: the unit-type concept its sumDscr/anlyUnit names, for variables that name none; or null.
 */
record Study(
        List<LangText> titles,
        List<LangText> descriptions,
        List<StudyIdentifier> identifiers,
        List<Agent> producers,
        List<Agent> distributors,
        List<LangText> keywords,
        List<LangText> populations,
        Period period,
        String analysisUnit) {

    Study {
        titles = List.copyOf(titles);
        descriptions = List.copyOf(descriptions);
        identifiers = List.copyOf(identifiers);
        producers = List.copyOf(producers);
        distributors = List.copyOf(distributors);
        keywords = List.copyOf(keywords);
        populations = List.copyOf(populations);
    }
}
