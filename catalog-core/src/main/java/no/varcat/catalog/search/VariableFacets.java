package no.varcat.catalog.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;

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
        for (String iri : chosen) {
            if (values.stream().noneMatch(v -> v.key().equals(iri))) {
                values.add(new FacetValue(iri, iri, null, 0, true));
            }
        }
        return values;
    }

    /** With and without a code list, in that order, including a zero count so both choices show. */
    static List<FacetValue> codeList(Aggregate facet, Boolean chosen) {
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

    private static String firstKey(Aggregate terms, String fallback) {
        List<StringTermsBucket> buckets = terms.sterms().buckets().array();
        return buckets.isEmpty() ? fallback : buckets.get(0).key().stringValue();
    }
}
