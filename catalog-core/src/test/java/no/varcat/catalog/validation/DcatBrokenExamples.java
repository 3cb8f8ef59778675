package no.varcat.catalog.validation;

import static no.varcat.catalog.validation.BrokenExample.violation;
import static no.varcat.catalog.validation.BrokenExample.warning;

import java.util.stream.Stream;

/** Broken catalogs, registers, publishers, contact points and periods of time (DCAT-AP-NO, HealthDCAT-AP). */
final class DcatBrokenExamples {

    private DcatBrokenExamples() {
    }

    static Stream<BrokenExample> cases() {
        return Stream.of(
                violation("catalog", "no Bokmål title",
                        "DELETE DATA { ex:catalog dct:title \"Testkatalog\"@nb } ;"
                                + " INSERT DATA { ex:catalog dct:title \"Test catalog\"@en }",
                        "CatalogShape", "A catalog needs a title in Norwegian Bokmål"),
                violation("catalog", "no dataset",
                        "DELETE WHERE { ex:catalog dcat:dataset ?d }",
                        "CatalogShape", "A catalog must list at least one register"),
                violation("catalog", "two identifiers",
                        "INSERT DATA { ex:catalog dct:identifier \"catalog-2\" }",
                        "CatalogShape", "exactly one identifier"),

                violation("register", "title only in English",
                        "DELETE DATA { ex:register dct:title \"Testregister\"@nb }",
                        "RegisterShape", "A register needs a title in Norwegian Bokmål"),
                violation("register", "two Bokmål titles",
                        "INSERT DATA { ex:register dct:title \"Et annet navn\"@nb }",
                        "RegisterShape", "at most one title per language"),
                violation("register", "description without language tag",
                        "DELETE WHERE { ex:register dct:description ?d } ;"
                                + " INSERT DATA { ex:register dct:description \"Register for tester.\" }",
                        "RegisterShape", "A register needs a description (dct:description) given as a language-tagged literal"),
                violation("register", "no identifier",
                        "DELETE WHERE { ex:register dct:identifier ?i }",
                        "RegisterShape", "exactly one identifier"),
                violation("register", "no theme",
                        "DELETE WHERE { ex:register dcat:theme ?t }",
                        "RegisterShape", "at least one theme"),
                warning("register", "a theme other than HEAL",
                        "DELETE WHERE { ex:register dcat:theme ?t } ;"
                                + " INSERT DATA { ex:register dcat:theme <http://publications.europa.eu/resource/authority/data-theme/SOCI> }",
                        "RegisterShape", "should have the EU data theme HEAL"),
                warning("register", "no English title",
                        "DELETE DATA { ex:register dct:title \"Test register\"@en }",
                        "RegisterShape", "should also have an English title"),
                violation("register", "no publisher",
                        "DELETE WHERE { ex:register dct:publisher ?p }",
                        "RegisterShape", "exactly one publisher"),
                violation("register", "no contact point",
                        "DELETE WHERE { ex:register dcat:contactPoint ?c }",
                        "RegisterShape", "at least one contact point"),
                violation("register", "access rights outside the EU vocabulary",
                        "DELETE WHERE { ex:register dct:accessRights ?a } ;"
                                + " INSERT DATA { ex:register dct:accessRights <https://test.varcat.no/secret> }",
                        "RegisterShape", "EU access-right vocabulary"),
                violation("register", "number of records as xsd:integer",
                        "DELETE WHERE { ex:register healthdcatap:numberOfRecords ?n } ;"
                                + " INSERT DATA { ex:register healthdcatap:numberOfRecords 1000 }",
                        "RegisterShape", "number of records (healthdcatap:numberOfRecords) must be a single xsd:nonNegativeInteger"),
                violation("register", "more individuals than records",
                        "DELETE WHERE { ex:register healthdcatap:numberOfUniqueIndividuals ?n } ;"
                                + " INSERT DATA { ex:register healthdcatap:numberOfUniqueIndividuals \"1001\"^^xsd:nonNegativeInteger }",
                        "RegisterShape", "no larger than the number of records"),
                violation("register", "minimum age above maximum age",
                        "DELETE WHERE { ex:register healthdcatap:minTypicalAge ?a } ;"
                                + " INSERT DATA { ex:register healthdcatap:minTypicalAge \"111\"^^xsd:nonNegativeInteger }",
                        "RegisterShape", "no larger than the maximum typical age"),
                violation("register", "a variable not typed disco:Variable",
                        "INSERT DATA { ex:register disco:variable ex:untyped }",
                        "RegisterShape", "must be typed disco:Variable"),

                violation("catalog", "eight-digit organisation number",
                        "DELETE WHERE { ex:org dct:identifier ?i } ; INSERT DATA { ex:org dct:identifier \"12345678\" }",
                        "PublisherShape", "nine-digit organisation number"),
                violation("catalog", "no organisation number",
                        "DELETE WHERE { ex:org dct:identifier ?i }",
                        "PublisherShape", "nine-digit organisation number"),
                violation("catalog", "not a foaf:Organization",
                        "DELETE DATA { ex:org a foaf:Organization } ; INSERT DATA { ex:org a foaf:Person }",
                        "PublisherShape", "must be typed foaf:Organization"),
                violation("catalog", "no name",
                        "DELETE WHERE { ex:org foaf:name ?n }",
                        "PublisherShape", "A publisher needs a name"),

                violation("contact-point", "neither name nor e-mail",
                        "DELETE WHERE { ex:contact vcard:hasEmail ?e }",
                        "ContactPointShape", "needs a name (vcard:fn) or an e-mail address"),
                violation("contact-point", "e-mail as a literal",
                        "DELETE WHERE { ex:contact vcard:hasEmail ?e } ;"
                                + " INSERT DATA { ex:contact vcard:hasEmail \"post@test.varcat.no\" }",
                        "ContactPointShape", "must be a mailto: IRI"),
                violation("contact-point", "not a vCard",
                        "DELETE DATA { ex:contact a vcard:Organization } ; INSERT DATA { ex:contact a foaf:Organization }",
                        "ContactPointShape", "must be typed vcard:Organization"),

                violation("period-of-time", "start after end",
                        "DELETE WHERE { ex:period dcat:startDate ?s } ;"
                                + " INSERT DATA { ex:period dcat:startDate \"2024-01-01\"^^xsd:date }",
                        "PeriodOfTimeShape", "is after its end date"),
                violation("period-of-time", "start as a year, end as a date",
                        "DELETE WHERE { ex:period dcat:startDate ?s } ;"
                                + " INSERT DATA { ex:period dcat:startDate \"1967\"^^xsd:gYear }",
                        "PeriodOfTimeShape", "have different datatypes and cannot be compared"),
                violation("period-of-time", "start as a date-time",
                        "DELETE WHERE { ex:period dcat:startDate ?s } ;"
                                + " INSERT DATA { ex:period dcat:startDate \"1967-01-01T00:00:00Z\"^^xsd:dateTime }",
                        "PeriodOfTimeShape", "must be an xsd:date or an xsd:gYear"),
                violation("period-of-time", "two end dates",
                        "INSERT DATA { ex:period dcat:endDate \"2024-12-31\"^^xsd:date }",
                        "PeriodOfTimeShape", "at most one end date"),
                violation("period-of-time", "neither start nor end",
                        "DELETE WHERE { ex:period dcat:startDate ?s } ; DELETE WHERE { ex:period dcat:endDate ?e }",
                        "PeriodOfTimeShape", "needs a start date (dcat:startDate), an end date (dcat:endDate) or both"));
    }
}
