package no.varcat.catalog.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.vocab.Prefixes;

/** Reads quality indicators and their measurements from the store. */
public final class QualityIndicatorRepository {

    private final CatalogStore store;

    public QualityIndicatorRepository(CatalogStore store) {
        this.store = store;
    }

    /** The indicators computed from a register ({@code dct:source}). */
    public List<QualityIndicator> forRegister(String registerIri) {
        if (!Iris.isAbsolute(registerIri)) {
            return List.of();
        }
        return indicators("?i dct:source ?wanted .", registerIri);
    }

    public List<QualityIndicator> findAll() {
        return indicators("", null);
    }

    public List<IndicatorMeasurement> measurements(String indicatorIri) {
        if (!Iris.isAbsolute(indicatorIri)) {
            return List.of();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(
                Prefixes.sparqlPrologue() + QualityIndicatorMapping.SELECT_MEASUREMENTS);
        query.setIri("wanted", indicatorIri);
        List<IndicatorMeasurement> measurements = new ArrayList<>();
        store.select(query.toString(), row -> measurements.add(QualityIndicatorMapping.readMeasurement(row)));
        return measurements;
    }

    /** @param first a pattern the query starts from (so that it reads only what it matches), or "" for every indicator */
    private List<QualityIndicator> indicators(String first, String wanted) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(
                Prefixes.sparqlPrologue() + String.format(QualityIndicatorMapping.SELECT_INDICATORS, first));
        if (wanted != null) {
            query.setIri("wanted", wanted);
        }
        Map<String, QualityIndicatorMapping.IndicatorBuilder> byIri = new LinkedHashMap<>();
        store.select(query.toString(), row -> byIri
                .computeIfAbsent(row.getResource("i").getURI(), QualityIndicatorMapping.IndicatorBuilder::new)
                .add(row));
        return byIri.values().stream().map(QualityIndicatorMapping.IndicatorBuilder::build).toList();
    }
}
