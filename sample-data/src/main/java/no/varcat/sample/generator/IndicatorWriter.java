package no.varcat.sample.generator;

import static no.varcat.sample.generator.Escape.json;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog's quality indicators in one {@code indicator-json} file, as Helsedirektoratet
 * publishes them for many registers: definitions first, then one row per indicator, reporting
 * unit and year. Quality registers report per health trust, national registers per region; every
 * indicator also has a national row per year. Up to the last 10 years of each register.
 */
final class IndicatorWriter {

    private static final long INDICATOR_STREAM = 5;
    private static final int YEARS = 10;

    private record Indicator(String id, Register register, IndicatorTemplate template) {
    }

    private final CatalogSpec spec;

    IndicatorWriter(CatalogSpec spec) {
        this.spec = spec;
    }

    void write(Writer out, List<Register> registers) throws IOException {
        List<Indicator> indicators = new ArrayList<>();
        for (Register register : registers) {
            Dice dice = Dice.of(spec.seed(), INDICATOR_STREAM, register.index());
            List<IndicatorTemplate> templates = new ArrayList<>(IndicatorTemplate.ALL);
            for (int n = dice.between(1, 3); n > 0; n--) {
                IndicatorTemplate template = templates.remove(dice.below(templates.size()));
                indicators.add(new Indicator(register.slug() + "-" + template.key(), register, template));
            }
        }
        out.write("{\n  \"indicators\": [\n");
        for (int i = 0; i < indicators.size(); i++) {
            out.write(definition(indicators.get(i)) + (i + 1 < indicators.size() ? ",\n" : "\n"));
        }
        out.write("  ],\n  \"data\": [\n");
        boolean first = true;
        for (Indicator indicator : indicators) {
            Dice dice = Dice.of(spec.seed(), INDICATOR_STREAM, indicator.register().index(),
                    IndicatorTemplate.ALL.indexOf(indicator.template()) + 1);
            for (String row : rows(indicator, dice)) {
                out.write((first ? "" : ",\n") + row);
                first = false;
            }
        }
        out.write("\n  ]\n}\n");
    }

    private static String definition(Indicator indicator) {
        IndicatorTemplate t = indicator.template();
        return "    {\"id\": " + json(indicator.id()) + ", \"register\": " + json(indicator.register().iri())
                + ",\n     \"title\": {\"nb\": " + json(t.titleNb()) + ", \"en\": " + json(t.titleEn()) + "}"
                + ",\n     \"description\": {\"nb\": " + json(t.descriptionNb()) + ", \"en\": " + json(t.descriptionEn()) + "}"
                + ",\n     \"direction\": " + json(t.higherIsBetter() ? "higher" : "lower")
                + ", \"targets\": {\"high\": " + Decimals.permille(t.highPermille()) + ", \"moderate\": "
                + Decimals.permille(t.moderatePermille()) + "}}";
    }

    private List<String> rows(Indicator indicator, Dice dice) {
        Register register = indicator.register();
        List<Organisation> units = register.national() ? Organisation.REGIONAL_AUTHORITIES : register.reportingUnits();
        String unitType = register.national() ? "region" : "healthTrust";
        IndicatorTemplate t = indicator.template();
        // Results scatter around the moderate target, some units doing better than others.
        int centre = t.moderatePermille();
        int spread = Math.max(20, Math.abs(t.highPermille() - t.moderatePermille()) * 2);
        List<String> rows = new ArrayList<>();
        for (int year = Math.max(register.startYear(), spec.lastYear() - YEARS + 1); year <= spec.lastYear(); year++) {
            long numeratorSum = 0;
            long denominatorSum = 0;
            for (Organisation unit : units) {
                int denominator = dice.between(20, 2500);
                int permille = Math.max(0, Math.min(1000, centre + dice.between(-spread, spread)));
                long numerator = (long) denominator * permille / 1000;
                numeratorSum += numerator;
                denominatorSum += denominator;
                rows.add(row(indicator.id(), unit.nameNb(), unit.number(), unitType, year, numerator, denominator));
            }
            if (denominatorSum > 0) {
                rows.add(row(indicator.id(), "Norge", "NO", "country", year, numeratorSum, denominatorSum));
            }
        }
        return rows;
    }

    private static String row(String id, String location, String locationId, String type, int year, long numerator,
            long denominator) {
        return "    {\"measureName\": " + json(id) + ", \"location\": " + json(location) + ", \"locationId\": " + json(locationId)
                + ", \"locationType\": " + json(type) + ", \"periodType\": \"year\", \"periodFrom\": \"" + year
                + "-01-01\", \"periodTo\": \"" + year + "-12-31\", \"value\": " + Decimals.ratio(numerator, denominator)
                + ", \"numerator\": " + numerator + ", \"denominator\": " + denominator + "}";
    }
}
