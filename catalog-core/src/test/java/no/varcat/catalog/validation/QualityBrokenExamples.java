package no.varcat.catalog.validation;

import static no.varcat.catalog.validation.BrokenExample.violation;

import java.util.stream.Stream;

/** Broken coverage rates, quality indicators, their measurements (DQV) and harvest runs (PROV-O). */
final class QualityBrokenExamples {

    private QualityBrokenExamples() {
    }

    static Stream<BrokenExample> cases() {
        return Stream.of(
                violation("coverage-measurement", "rate above 1",
                        "DELETE WHERE { ex:coverage-2023 dqv:value ?v } ;"
                                + " INSERT DATA { ex:coverage-2023 dqv:value \"1.2\"^^xsd:decimal }",
                        "CoverageMeasurementShape", "an xsd:decimal from 0 to 1"),
                violation("coverage-measurement", "rate as a percentage string",
                        "DELETE WHERE { ex:coverage-2023 dqv:value ?v } ; INSERT DATA { ex:coverage-2023 dqv:value \"95 %\" }",
                        "CoverageMeasurementShape", "an xsd:decimal from 0 to 1"),
                violation("coverage-measurement", "year as a date",
                        "DELETE WHERE { ex:coverage-2023 sdmx-dimension:refPeriod ?y } ;"
                                + " INSERT DATA { ex:coverage-2023 sdmx-dimension:refPeriod \"2023-01-01\"^^xsd:date }",
                        "CoverageMeasurementShape", "exactly one year (sdmx-dimension:refPeriod) given as an xsd:gYear"),
                violation("coverage-measurement", "two years",
                        "INSERT DATA { ex:coverage-2023 sdmx-dimension:refPeriod \"2024\"^^xsd:gYear }",
                        "CoverageMeasurementShape", "exactly one year"),
                violation("coverage-measurement", "computed on neither register nor variable",
                        "DELETE WHERE { ex:coverage-2023 dqv:computedOn ?o } ;"
                                + " INSERT DATA { ex:coverage-2023 dqv:computedOn ex:unknown }",
                        "CoverageMeasurementShape", "computed on exactly one register (dcat:Dataset) or variable"),
                violation("coverage-measurement", "numerator above denominator",
                        "DELETE WHERE { ex:coverage-2023 varcat:numerator ?n } ;"
                                + " INSERT DATA { ex:coverage-2023 varcat:numerator \"1001\"^^xsd:nonNegativeInteger }",
                        "CoverageMeasurementShape", "no larger than the denominator"),
                violation("coverage-measurement", "not typed dqv:QualityMeasurement",
                        "DELETE DATA { ex:coverage-2023 a dqv:QualityMeasurement }",
                        "CoverageMeasurementShape", "must be typed dqv:QualityMeasurement"),

                violation("quality-indicator", "unknown direction",
                        "DELETE WHERE { ex:indicator varcat:desiredDirection ?d } ;"
                                + " INSERT DATA { ex:indicator varcat:desiredDirection varcat:Up }",
                        "QualityIndicatorShape", "must be one of varcat:HigherIsBetter or varcat:LowerIsBetter"),
                violation("quality-indicator", "achievement level as a string",
                        "DELETE WHERE { ex:indicator varcat:highAchievementLevel ?l } ;"
                                + " INSERT DATA { ex:indicator varcat:highAchievementLevel \"60 %\" }",
                        "QualityIndicatorShape", "high achievement level (varcat:highAchievementLevel) must be a single xsd:decimal"),
                violation("quality-indicator", "levels reversed for HigherIsBetter",
                        "DELETE WHERE { ex:indicator varcat:moderateAchievementLevel ?l } ;"
                                + " INSERT DATA { ex:indicator varcat:moderateAchievementLevel \"0.7\"^^xsd:decimal }",
                        "QualityIndicatorShape", "The moderate achievement level (0.7) is past the high level"),
                violation("quality-indicator", "levels reversed for LowerIsBetter",
                        "DELETE WHERE { ex:indicator varcat:desiredDirection ?d } ;"
                                + " INSERT DATA { ex:indicator varcat:desiredDirection varcat:LowerIsBetter }",
                        "QualityIndicatorShape", "The moderate achievement level (0.4) is past the high level"),
                violation("quality-indicator", "no dimension",
                        "DELETE WHERE { ex:indicator dqv:inDimension ?d }",
                        "QualityIndicatorShape", "exactly one quality dimension"),
                violation("quality-indicator", "no label",
                        "DELETE WHERE { ex:indicator skos:prefLabel ?l }",
                        "QualityIndicatorShape", "A quality indicator needs a label"),

                violation("indicator-measurement", "no reporting unit",
                        "DELETE WHERE { ?m sdmx-dimension:refArea ?a }",
                        "IndicatorMeasurementShape", "exactly one reporting unit"),
                violation("indicator-measurement", "numerator above denominator",
                        "DELETE WHERE { ?m varcat:denominator ?d } ;"
                                + " INSERT DATA { ex:indicator-2023-unit varcat:denominator \"50\"^^xsd:nonNegativeInteger }",
                        "IndicatorMeasurementShape", "no larger than the denominator"),
                violation("indicator-measurement", "no value",
                        "DELETE WHERE { ?m dqv:value ?v }",
                        "IndicatorMeasurementShape", "exactly one value (dqv:value)"),
                violation("indicator-measurement", "year as an integer",
                        "DELETE WHERE { ?m sdmx-dimension:refPeriod ?y } ;"
                                + " INSERT DATA { ex:indicator-2023-unit sdmx-dimension:refPeriod 2023 }",
                        "IndicatorMeasurementShape", "exactly one year (sdmx-dimension:refPeriod) given as an xsd:gYear"),

                violation("harvest-run", "start time as a date",
                        "DELETE WHERE { ex:run-1 prov:startedAtTime ?t } ;"
                                + " INSERT DATA { ex:run-1 prov:startedAtTime \"2026-01-05\"^^xsd:date }",
                        "HarvestRunShape", "exactly one start time (prov:startedAtTime)"),
                violation("harvest-run", "ended before it started",
                        "DELETE WHERE { ex:run-1 prov:endedAtTime ?t } ;"
                                + " INSERT DATA { ex:run-1 prov:endedAtTime \"2026-01-05T09:00:00Z\"^^xsd:dateTime }",
                        "HarvestRunShape", "not after its end time"),
                violation("harvest-run", "not a prov:Activity",
                        "DELETE DATA { ex:run-1 a prov:Activity }",
                        "HarvestRunShape", "must also be typed prov:Activity"),
                violation("harvest-run", "no source",
                        "DELETE WHERE { ex:run-1 prov:used ?s }",
                        "HarvestRunShape", "exactly one harvest source"),
                violation("harvest-run", "negative count",
                        "DELETE WHERE { ex:run-1 varcat:added ?n } ; INSERT DATA { ex:run-1 varcat:added -1 }",
                        "HarvestRunShape", "count of added variables"));
    }
}
