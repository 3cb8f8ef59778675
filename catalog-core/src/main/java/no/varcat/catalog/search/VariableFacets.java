package no.varcat.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;

import no.varcat.vocab.ControlledTerms;

/** Turns the facet aggregations of a variable search into facet values. */
final class VariableFacets {

    private VariableFacets() {
    }

    /** Registers by count; a chosen register stays listed even when nothing matches in it now. */
    static List<FacetValue> registers(Aggregate facet, List<String> chosen) {
        List<FacetValue> values = new ArrayList<>();
        for (StringTermsBucket bucket : facet.filter().aggregations().get("values").sterms().buckets().array()) {
            String iri = bucket.key().stringValue();
            values.add(new FacetValue(iri, firstKey(bucket.aggregations().get("titleNb"), iri),
                    firstKey(bucket.aggregations().get("titleEn"), null), bucket.docCount(), chosen.contains(iri)));
        }
        return withChosen(values, chosen);
    }

    /** With and without a code list, in that order, including a zero count so both choices show. */
    static List<FacetValue> codeList(Aggregate facet, Boolean chosen) {
        return yesNo(facet, chosen);
    }

    /** True and false of a boolean field, in that order, including a zero count so both choices show. */
    static List<FacetValue> yesNo(Aggregate facet, Boolean chosen) {
        long with = 0;
        long without = 0;
        for (LongTermsBucket bucket : facet.filter().aggregations().get("values").lterms().buckets().array()) {
            if (bucket.key() == 1) {
                with = bucket.docCount();
            } else {
                without = bucket.docCount();
            }
        }
        return List.of(new FacetValue("true", "true", null, with, Boolean.TRUE.equals(chosen)),
                new FacetValue("false", "false", null, without, Boolean.FALSE.equals(chosen)));
    }

    /** Publishers by count, like registers; the key is the bokmål name. */
    static List<FacetValue> publishers(Aggregate facet, List<String> chosen) {
        List<FacetValue> values = new ArrayList<>();
        for (StringTermsBucket bucket : facet.filter().aggregations().get("values").sterms().buckets().array()) {
            String name = bucket.key().stringValue();
            values.add(new FacetValue(name, name, firstKey(bucket.aggregations().get("nameEn"), null), bucket.docCount(),
                    chosen.contains(name)));
        }
        return withChosen(values, chosen);
    }

    /** Value types in a fixed order (code list, integer, ..., other); those with no variables only when chosen. */
    static List<FacetValue> valueTypes(Aggregate facet, List<ValueType> chosen) {
        Map<String, Long> counts = new HashMap<>();
        for (StringTermsBucket bucket : facet.filter().aggregations().get("values").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        List<FacetValue> values = new ArrayList<>();
        for (ValueType type : ValueType.values()) {
            long count = counts.getOrDefault(type.param(), 0L);
            if (count > 0 || chosen.contains(type)) {
                values.add(new FacetValue(type.param(), type.param(), null, count, chosen.contains(type)));
            }
        }
        return values;
    }

    /** Themes by count, labelled from the EU data theme and varcat health theme lists. */
    static List<FacetValue> themes(Aggregate facet, List<String> chosen) {
        List<FacetValue> values = new ArrayList<>();
        for (StringTermsBucket bucket : facet.filter().aggregations().get("values").sterms().buckets().array()) {
            String iri = bucket.key().stringValue();
            values.add(new FacetValue(iri, ThemeLabels.nb(iri), ThemeLabels.en(iri), bucket.docCount(), chosen.contains(iri)));
        }
        for (String iri : chosen) {
            if (values.stream().noneMatch(v -> v.key().equals(iri))) {
                values.add(new FacetValue(iri, ThemeLabels.nb(iri), ThemeLabels.en(iri), 0, true));
            }
        }
        return values;
    }

    /**
     * Concepts of one of varcat's lists (temporality, unit type) by count, labelled from the list; a
     * chosen one stays listed when nothing matches it now.
     */
    static List<FacetValue> concepts(Aggregate facet, List<String> chosen, ControlledTerms terms) {
        List<FacetValue> values = new ArrayList<>();
        for (StringTermsBucket bucket : facet.filter().aggregations().get("values").sterms().buckets().array()) {
            String param = bucket.key().stringValue();
            values.add(concept(terms, param, bucket.docCount(), chosen.contains(param)));
        }
        for (String param : chosen) {
            if (values.stream().noneMatch(v -> v.key().equals(param))) {
                values.add(concept(terms, param, 0, true));
            }
        }
        return values;
    }

    private static FacetValue concept(ControlledTerms terms, String param, long count, boolean chosen) {
        return terms.byParam(param).map(t -> new FacetValue(param, t.labelNb(), t.labelEn(), count, chosen))
                .orElseGet(() -> new FacetValue(param, param, null, count, chosen));
    }

    /** Coverage bands from high to low, then unknown; those with no variables only when chosen. */
    static List<FacetValue> coverageBands(Aggregate facet, List<CoverageBand> chosen) {
        Map<String, Long> counts = new HashMap<>();
        for (StringTermsBucket bucket : facet.filter().aggregations().get("values").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        List<FacetValue> values = new ArrayList<>();
        for (CoverageBand band : CoverageBand.values()) {
            long count = counts.getOrDefault(band.param(), 0L);
            if (count > 0 || chosen.contains(band)) {
                values.add(new FacetValue(band.param(), band.param(), null, count, chosen.contains(band)));
            }
        }
        return values;
    }

    /** Adds the chosen keys nothing matches now, with a zero count, so they can be unchosen. */
    private static List<FacetValue> withChosen(List<FacetValue> values, List<String> chosen) {
        for (String key : chosen) {
            if (values.stream().noneMatch(v -> v.key().equals(key))) {
                values.add(new FacetValue(key, key, null, 0, true));
            }
        }
        return values;
    }

    private static String firstKey(Aggregate terms, String fallback) {
        List<StringTermsBucket> buckets = terms.sterms().buckets().array();
        return buckets.isEmpty() ? fallback : buckets.get(0).key().stringValue();
    }
}
