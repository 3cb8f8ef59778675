package no.varcat.web.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.catalog.quality.NationalCoverage;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.catalog.quality.ReportingUnitMapping;
import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.search.FacetValue;
import no.varcat.catalog.search.RegisterDocument;
import no.varcat.catalog.search.RegisterHit;
import no.varcat.catalog.search.ValueType;
import no.varcat.catalog.search.VariableDocument;
import no.varcat.catalog.search.VariableHit;
import no.varcat.catalog.search.VariableSearchResult;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.Code;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.vocab.ControlledTerms;

/** Turns the catalog's records into the API's JSON records, each with its id and links. */
@Component
class Representations {

    private final ApiLinks links;
    private final CatalogStore store;

    Representations(ApiLinks links, CatalogStore store) {
        this.links = links;
        this.store = store;
    }

    /** A hit's title under the language it is in: a Swedish catalog's register's title is no Bokmål one. */
    private static Text title(RegisterDocument r) {
        String language = r.titleLanguage() == null ? "nb" : r.titleLanguage();
        return Text.of(LocalizedText.EMPTY.withDefault(language, r.titleNb()).withDefault("en", r.titleEn()));
    }

    RegisterRef register(String iri, LocalizedText title) {
        return new RegisterRef(links.id(iri), iri, Text.of(title), links.of(ResourceKind.REGISTER, iri));
    }

    VariableItem item(VariableDocument v, String highlightedLabel) {
        return new VariableItem(links.id(v.iri()), v.iri(), v.notation(), Text.of(v.labelNb(), v.labelNn(), v.labelEn()),
                Text.of(v.definitionNb(), v.definitionNn(), v.definitionEn()),
                register(v.registerIri(), new LocalizedText(v.registerTitleNb(), null, v.registerTitleEn())),
                v.firstYear(), v.lastYear(), v.valueType(), v.hasCodeList(), v.publisherName(),
                v.themes().isEmpty() ? null : v.themes(), v.modified(), highlightedLabel,
                links.of(ResourceKind.VARIABLE, v.iri()), v.temporality(), v.unitType());
    }

    List<VariableItem> items(List<VariableHit> hits, boolean highlighted) {
        return hits.stream().map(h -> item(h.variable(), highlighted ? h.highlightedLabel() : null)).toList();
    }

    Facets facets(VariableSearchResult result) {
        return new Facets(
                result.registers().stream().map(f -> new FacetValueJson(links.id(f.key()), f.label(), f.labelEn(), f.key(),
                        f.count(), f.selected())).toList(),
                plain(result.publishers()), plain(result.themes()), plain(result.valueTypes()), plain(result.codeList()),
                plain(result.coverageBands()), plain(result.qualityIndicators()), plain(result.temporalities()),
                plain(result.unitTypes()));
    }

    private static List<FacetValueJson> plain(List<FacetValue> values) {
        return values.stream().map(f -> new FacetValueJson(f.key(), f.label(), f.labelEn(), null, f.count(), f.selected())).toList();
    }

    RegisterItem item(RegisterHit hit) {
        var r = hit.register();
        return new RegisterItem(links.id(r.iri()), r.iri(), r.identifier(), title(r),
                Text.of(r.descriptionNb(), null, r.descriptionEn()), r.publisherName(), r.variableCount(), hit.highlightedTitle(),
                links.of(ResourceKind.REGISTER, r.iri()));
    }

    /** @param variableCount how many variables it has: {@link RegisterDetails} leaves the count to the search index */
    RegisterJson register(RegisterDetails details, long variableCount) {
        RegisterSummary r = details.summary();
        Links own = links.of(ResourceKind.REGISTER, r.iri());
        RegisterJson.Contact contact = details.contactName() == null && details.contactEmail() == null ? null
                : new RegisterJson.Contact(details.contactName(), details.contactEmail());
        return new RegisterJson(links.id(r.iri()), r.iri(), r.identifier(), Text.of(r.title()), Text.of(r.description()),
                r.publisherName(), Math.toIntExact(variableCount), contact, details.accessRights(),
                details.legalBases().stream().map(b -> new RegisterJson.LegalBasisJson(Text.of(b.label()), b.source())).toList(),
                details.firstYear(), details.lastYear(), details.landingPage(), details.numberOfRecords(),
                Text.of(details.populationCoverage()), details.themes(),
                new RegisterJson.RegisterLinks(own.self(), own.html(), own.rdf(), own.self() + "/variables",
                        own.self() + "/coverage", own.self() + "/indicators"));
    }

    VariableJson variable(VariableDetails details) {
        VariableSummary v = details.summary();
        CodeListJson codeList = v.hasCodeList() ? codeList(v.representation(), v.label(), details.codes()) : null;
        return new VariableJson(links.id(v.iri()), v.iri(), v.notation(), Text.of(v.label()), Text.of(v.definition()),
                register(v.registerIri(), v.registerTitle()), v.publisherName().isEmpty() ? null : v.publisherName().in("nb"),
                v.firstYear(), v.lastYear(), ValueType.of(v.representation(), v.hasCodeList()).param(), v.representation(),
                codeList, Text.of(details.population()), Text.of(details.question()), details.unit(),
                v.modified() == null ? null : v.modified().toString(), links.of(ResourceKind.VARIABLE, v.iri()),
                param(ControlledTerms.TEMPORALITY, v.temporality()), param(ControlledTerms.UNIT_TYPES, v.unitType()));
    }

    private static String param(ControlledTerms terms, String iri) {
        return terms.byIri(iri).map(ControlledTerms.Term::param).orElse(null);
    }

    CodeListJson codeList(String iri, LocalizedText label, List<Code> codes) {
        return new CodeListJson(links.id(iri), iri, Text.of(label), codes.stream().map(CodeJson::of).toList(),
                links.of(ResourceKind.CODE_LIST, iri));
    }

    CoverageJson coverage(RegisterRef register, List<CoverageRate> rates) {
        NationalCoverage national = NationalCoverage.of(rates);
        Function<String, CoverageJson.Unit> unit = units(rates.stream().map(CoverageRate::reportingUnit).toList());
        List<CoverageRate> ordered = new ArrayList<>(rates);
        ordered.sort((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
                : String.valueOf(a.reportingUnit()).compareTo(String.valueOf(b.reportingUnit())));
        return new CoverageJson(register,
                national.byYear().entrySet().stream().map(e -> new CoverageJson.YearRate(e.getKey(), e.getValue())).toList(),
                national.computed(),
                ordered.stream().map(r -> new CoverageJson.Rate(r.iri(), r.year(), r.rate(), unit.apply(r.reportingUnit()),
                        r.numerator(), r.denominator())).toList());
    }

    IndicatorsJson.Indicator indicator(QualityIndicator indicator, List<IndicatorMeasurement> measurements) {
        Function<String, CoverageJson.Unit> unit = units(measurements.stream().map(IndicatorMeasurement::reportingUnit).toList());
        List<IndicatorMeasurement> ordered = new ArrayList<>(measurements);
        ordered.sort((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
                : String.valueOf(a.reportingUnit()).compareTo(String.valueOf(b.reportingUnit())));
        return new IndicatorsJson.Indicator(links.id(indicator.iri()), indicator.iri(), Text.of(indicator.label()),
                Text.of(indicator.definition()), indicator.dimensionIri(),
                indicator.direction() == null ? null : indicator.direction().name(), indicator.highAchievementLevel(),
                indicator.moderateAchievementLevel(),
                ordered.stream().map(m -> new IndicatorsJson.Measurement(m.year(), m.value(), unit.apply(m.reportingUnit()),
                        m.numerator(), m.denominator())).toList(),
                links.of(ResourceKind.INDICATOR, indicator.iri()));
    }

    /** The reporting units named, read in one query; null (left out) for none. */
    private Function<String, CoverageJson.Unit> units(Collection<String> iris) {
        Set<String> wanted = new HashSet<>(iris);
        wanted.remove(null);
        Map<String, String> names = wanted.isEmpty() ? Map.of() : ReportingUnitMapping.names(store, wanted);
        return iri -> iri == null ? null : new CoverageJson.Unit(iri, names.getOrDefault(iri, iri));
    }
}
