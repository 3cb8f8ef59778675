package no.varcat.catalog.validation;

import static no.varcat.catalog.validation.BrokenExample.violation;
import static no.varcat.catalog.validation.BrokenExample.warning;

import java.util.stream.Stream;

/** Broken variables, code lists and codes (DDI-RDF Discovery, SKOS). */
final class VariableBrokenExamples {

    private VariableBrokenExamples() {
    }

    static Stream<BrokenExample> cases() {
        return Stream.of(
                violation("variable", "two notations",
                        "INSERT DATA { ex:variable skos:notation \"VEKT2\" }",
                        "VariableShape", "exactly one technical name (skos:notation)"),
                violation("variable", "no notation",
                        "DELETE WHERE { ex:variable skos:notation ?n }",
                        "VariableShape", "exactly one technical name (skos:notation)"),
                violation("variable", "no Bokmål label",
                        "DELETE DATA { ex:variable skos:prefLabel \"Fødselsvekt\"@nb }",
                        "VariableShape", "needs a label in Norwegian Bokmål"),
                violation("variable", "two Bokmål labels",
                        "INSERT DATA { ex:variable skos:prefLabel \"Vekt ved fødsel\"@nb }",
                        "VariableShape", "at most one label per language"),
                violation("variable", "label without language tag",
                        "INSERT DATA { ex:variable skos:prefLabel \"Fødselsvekt\" }",
                        "VariableShape", "as a language-tagged literal"),
                violation("variable", "not typed skos:Concept",
                        "DELETE DATA { ex:variable a skos:Concept }",
                        "VariableShape", "must also be typed skos:Concept"),
                violation("variable", "representation neither code list nor XSD datatype",
                        "DELETE WHERE { ex:variable disco:representation ?r } ;"
                                + " INSERT DATA { ex:variable disco:representation ex:not-a-scheme }",
                        "VariableShape", "must be a code list (skos:ConceptScheme) or an XSD datatype"),
                violation("variable", "representation as a literal",
                        "DELETE WHERE { ex:variable disco:representation ?r } ;"
                                + " INSERT DATA { ex:variable disco:representation \"integer\" }",
                        "VariableShape", "must be a code list (skos:ConceptScheme) or an XSD datatype"),
                violation("variable", "two valid periods",
                        "INSERT DATA { ex:variable dct:temporal ex:period2 . ex:period2 a dct:PeriodOfTime ;"
                                + " dcat:startDate \"1999-01-01\"^^xsd:date }",
                        "VariableShape", "at most one valid period"),
                violation("variable", "valid period without a start",
                        "DELETE WHERE { ex:period dcat:startDate ?s } ;"
                                + " INSERT DATA { ex:period dcat:endDate \"2020-12-31\"^^xsd:date }",
                        "VariablePeriodShape", "The valid period of a variable needs a start date"),

                violation("code-list", "no label",
                        "DELETE WHERE { ex:sex skos:prefLabel ?l }",
                        "CodeListShape", "A code list needs a label"),
                violation("code-list", "two Bokmål labels",
                        "INSERT DATA { ex:sex skos:prefLabel \"Kjønn (barn)\"@nb }",
                        "CodeListShape", "at most one label per language"),

                violation("code", "two codes with one notation",
                        "DELETE WHERE { ex:sex-9 skos:notation ?n } ; INSERT DATA { ex:sex-9 skos:notation \"1\" }",
                        "CodeShape", "The stored value 1 is used by another code of the same code list"),
                violation("code", "a relabelled code in force while the old one still is",
                        "DELETE WHERE { ex:sex-9-2020-period dcat:startDate ?s } ;"
                                + " INSERT DATA { ex:sex-9-2020-period dcat:startDate \"2019-06-01\"^^xsd:date }",
                        "CodeShape", "The stored value 9 is used by another code of the same code list"),
                violation("code", "period not a dct:PeriodOfTime",
                        "DELETE DATA { ex:sex-9-period a dct:PeriodOfTime }",
                        "CodeShape", "at most one period it is in force"),
                violation("code", "no notation",
                        "DELETE WHERE { ex:sex-1 skos:notation ?n }",
                        "CodeShape", "exactly one stored value (skos:notation)"),
                violation("code", "missing-value flag as a string",
                        "DELETE WHERE { ex:sex-9 varcat:missingValue ?m } ; INSERT DATA { ex:sex-9 varcat:missingValue \"yes\" }",
                        "CodeShape", "must be a single xsd:boolean"),
                violation("code", "scheme not a skos:ConceptScheme",
                        "INSERT DATA { ex:sex-1 skos:inScheme ex:elsewhere }",
                        "CodeShape", "must be a skos:ConceptScheme"),
                violation("code", "not typed skos:Concept",
                        "DELETE DATA { ex:sex-1 a skos:Concept }",
                        "CodeShape", "must be typed skos:Concept"),
                warning("code", "no label",
                        "DELETE WHERE { ex:sex-1 skos:prefLabel ?l }",
                        "CodeShape", "should have a label"));
    }
}
