package no.varcat.sample.generator;

import static no.varcat.sample.generator.TurtleHeader.date;
import static no.varcat.sample.generator.TurtleHeader.iri;
import static no.varcat.sample.generator.TurtleHeader.nonNegative;
import static no.varcat.sample.generator.TurtleHeader.text;

import java.io.IOException;
import java.io.Writer;

/**
 * A register's DCAT-AP-NO / HealthDCAT-AP description in Turtle, laid out as mfr.ttl: the
 * publisher's catalog (one per publisher: every register of a publisher describes it with the same
 * triples, so merged they are one catalog listing all its registers), the publisher, the register
 * as a dcat:Dataset, its contact point, period and legal basis. Variables are in other files.
 */
final class DcatWriter {

    private static final long DESCRIPTION_STREAM = 2;
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String NORWAY = "https://data.geonorge.no/administrativeEnheter/nasjon/id/173163";

    private final CatalogSpec spec;

    DcatWriter(CatalogSpec spec) {
        this.spec = spec;
    }

    void write(Writer out, Register register) throws IOException {
        Dice dice = Dice.of(spec.seed(), DESCRIPTION_STREAM, register.index());
        Organisation publisher = register.publisher();
        String dataset = register.iri();
        TurtleHeader.write(out, register.nameNb() + ": DCAT-AP-NO description of the register as " + publisher.nameNb()
                + " would publish it");

        out.write("# ---------------------------------------------------------------- catalog\n");
        out.write(iri(register.catalogIri()) + " a dcat:Catalog ;\n");
        out.write("    dct:identifier " + Escape.turtle(register.catalogIri()) + " ;\n");
        out.write("    dct:title " + text(publisher.nameNb() + ": datakatalog (syntetiske data)", "nb") + " ,\n        "
                + text(publisher.nameEn() + ": data catalogue (synthetic data)", "en") + " ;\n");
        out.write("    dct:description " + text("Syntetisk katalog over helseregistre som " + publisher.nameNb()
                + " publiserer, laget for ytelsestester.", "nb") + " ,\n        " + text("Synthetic catalogue of the health registries "
                + publisher.nameEn() + " publishes, made for benchmarks.", "en") + " ;\n");
        out.write("    dct:publisher " + iri(publisher.iri()) + " ;\n");
        out.write("    dct:language " + iri(EU + "language/NOB") + " ,\n        " + iri(EU + "language/ENG") + " ;\n");
        out.write("    dcat:dataset " + iri(dataset) + " .\n\n");

        out.write("# ---------------------------------------------------------------- publisher\n");
        out.write(iri(publisher.iri()) + " a foaf:Organization ;\n    foaf:name " + text(publisher.nameNb(), "nb") + " ,\n        "
                + text(publisher.nameEn(), "en") + " ;\n    dct:identifier " + Escape.turtle(publisher.number()) + " .\n\n");

        out.write("# ---------------------------------------------------------------- dataset\n");
        out.write(iri(dataset) + " a dcat:Dataset ;\n");
        out.write("    dct:identifier " + Escape.turtle(dataset) + " ;\n");
        out.write("    dct:title " + text(register.nameNb(), "nb") + " ,\n        " + text(register.nameEn(), "en") + " ;\n");
        out.write("    dct:description " + text(RegisterTexts.descriptionNb(register), "nb") + " ,\n        "
                + text(RegisterTexts.descriptionEn(register), "en") + " ;\n");
        out.write("    dct:publisher " + iri(publisher.iri()) + " ;\n");
        out.write("    dcat:contactPoint " + iri(dataset + "#contact") + " ;\n");
        out.write("    dcat:theme " + iri(EU + "data-theme/HEAL") + " ;\n");
        out.write("    dcat:keyword " + keywords(register) + " ;\n");
        out.write("    dct:spatial " + iri(NORWAY) + " ;\n");
        out.write("    dct:temporal " + iri(dataset + "#temporal") + " ;\n");
        out.write("    dct:accessRights " + iri(EU + "access-right/NON_PUBLIC") + " ;\n");
        out.write("    dct:accrualPeriodicity " + iri(EU + "frequency/" + (register.national() ? "ANNUAL" : "CONT")) + " ;\n");
        out.write("    dct:language " + iri(EU + "language/NOB") + " ;\n");
        out.write("    dcat:landingPage " + iri(dataset + "/") + " ;\n");
        out.write("    dcatno:legalBasisForProcessing " + iri(dataset + "#legalBasisForProcessing") + " ;\n");
        long records = register.national() ? 100_000 + dice.belowLong(9_900_000) : 1_000 + dice.belowLong(400_000);
        long individuals = records - dice.belowLong(records / 4 + 1);
        out.write("    healthdcatap:numberOfRecords " + nonNegative(records) + " ;\n");
        out.write("    healthdcatap:numberOfUniqueIndividuals " + nonNegative(individuals) + " ;\n");
        Theme theme = register.theme();
        out.write("    healthdcatap:populationCoverage " + text(theme.populationNb(), "nb") + " ,\n        "
                + text(theme.populationEn(), "en") + " ;\n");
        out.write("    healthdcatap:minTypicalAge " + nonNegative(theme.minAge()) + " ;\n");
        out.write("    healthdcatap:maxTypicalAge " + nonNegative(theme.maxAge()) + " ;\n");
        out.write("    healthdcatap:hasCodingSystem " + iri(SyntheticVariable.ICD10) + " ;\n");
        out.write("    healthdcatap:healthTheme " + iri(theme.healthThemeIri()) + " ;\n");
        out.write("    rdfs:comment " + text("Antall poster og unike individer er tilfeldige tall i syntetiske data.", "nb") + " ,\n        "
                + text("The numbers of records and of unique individuals are random figures in synthetic data.", "en") + " .\n\n");

        out.write(iri(dataset + "#contact") + " a vcard:Organization ;\n");
        out.write("    vcard:fn " + Escape.turtle(publisher.nameNb() + ", " + register.nameNb()) + " ;\n");
        out.write("    vcard:hasEmail " + iri("mailto:" + register.slug() + "@sample.varcat.no") + " .\n\n");
        out.write(iri(dataset + "#temporal") + " a dct:PeriodOfTime ;\n    dcat:startDate " + date(register.startYear() + "-01-01")
                + " .\n\n");
        out.write(iri(dataset + "#legalBasisForProcessing") + " a dct:RightsStatement ;\n");
        out.write("    skos:prefLabel " + text(RegisterTexts.legalBasisNb(register), "nb") + " ,\n        "
                + text(RegisterTexts.legalBasisEn(register), "en") + " ;\n");
        out.write("    dct:source " + Escape.turtle(RegisterTexts.legalBasisSource(register)) + " .\n");
    }

    private static String keywords(Register register) {
        StringBuilder keywords = new StringBuilder(text("helseregister", "nb"));
        for (String keyword : register.theme().keywordsNb()) {
            keywords.append(" ,\n        ").append(text(keyword, "nb"));
        }
        return keywords.toString();
    }
}
