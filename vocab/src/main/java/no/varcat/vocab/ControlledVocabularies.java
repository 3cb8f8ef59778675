package no.varcat.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * The controlled vocabularies as Jena models, for labelling IRIs on pages and in the search index
 * and for loading into the store next to harvested data. Each call parses afresh.
 */
public final class ControlledVocabularies {

    private ControlledVocabularies() {
    }

    public static Model dataThemes() {
        return ControlledVocabulary.DATA_THEMES.model();
    }

    public static Model accessRights() {
        return ControlledVocabulary.ACCESS_RIGHTS.model();
    }

    public static Model frequencies() {
        return ControlledVocabulary.FREQUENCIES.model();
    }

    public static Model fileTypes() {
        return ControlledVocabulary.FILE_TYPES.model();
    }

    public static Model licences() {
        return ControlledVocabulary.LICENCES.model();
    }

    public static Model healthThemes() {
        return ControlledVocabulary.HEALTH_THEMES.model();
    }

    public static Model temporalityTypes() {
        return ControlledVocabulary.TEMPORALITY_TYPES.model();
    }

    public static Model unitTypes() {
        return ControlledVocabulary.UNIT_TYPES.model();
    }

    public static Model codingSystems() {
        return ControlledVocabulary.CODING_SYSTEMS.model();
    }

    /** Every controlled vocabulary in one model, with varcat's prefixes. */
    public static Model all() {
        Model all = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.VARCAT_PREFIXES);
        for (ControlledVocabulary vocabulary : ControlledVocabulary.values()) {
            all.add(vocabulary.model());
        }
        return all;
    }
}
