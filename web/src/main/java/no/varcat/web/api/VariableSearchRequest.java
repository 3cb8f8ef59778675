package no.varcat.web.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import no.varcat.catalog.search.CoverageBand;
import no.varcat.catalog.search.PageCursor;
import no.varcat.catalog.search.ValueType;
import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.search.VariableSort;
import no.varcat.catalog.search.YearRange;
import no.varcat.vocab.ControlledTerms;

/**
 * A variable search as the API's query parameters give it, read once into the catalog's
 * {@link VariableQuery}; the parameters are the search page's, so a search page's query string
 * works here too (with {@code true}/{@code false} for {@code codes} and {@code indicators}).
 */
final class VariableSearchRequest {

    static final int DEFAULT_SIZE = 20;
    static final Set<String> VALUE_TYPES = params(ValueType.values(), ValueType::param);
    static final Set<String> COVERAGE_BANDS = params(CoverageBand.values(), CoverageBand::param);
    static final Set<String> SORTS = params(VariableSort.values(), VariableSort::param);
    static final Set<String> TEMPORALITIES = params(ControlledTerms.TEMPORALITY.terms().toArray(ControlledTerms.Term[]::new),
            ControlledTerms.Term::param);
    static final Set<String> UNIT_TYPES = params(ControlledTerms.UNIT_TYPES.terms().toArray(ControlledTerms.Term[]::new),
            ControlledTerms.Term::param);
    /** The years the search can tell apart: {@link YearRange} reads up to four digits. */
    static final int MAX_YEAR = 9999;

    private VariableSearchRequest() {
    }

    /**
     * The query, or the parameters at fault. {@code registerIri} turns a register id (or IRI) into
     * the register's IRI; empty when no register has it.
     */
    static VariableQuery parse(QueryParameters params, Function<String, Optional<String>> registerIri) {
        String text = params.text("q");
        List<String> registers = params.values("register").stream()
                .map(r -> registerIri.apply(r).orElseGet(() -> {
                    params.invalid("register", "no register has the id '" + r + "'");
                    return null;
                }))
                .filter(r -> r != null).toList();
        Boolean codes = params.flag("codes");
        List<String> publishers = params.values("publisher");
        List<ValueType> valueTypes = params.values("valueType", ValueType::fromParam, VALUE_TYPES);
        Integer from = params.integer("from", 0, MAX_YEAR, null);
        Integer to = params.integer("to", 0, MAX_YEAR, null);
        List<String> themes = params.values("theme");
        List<CoverageBand> coverage = params.values("coverage", CoverageBand::fromParam, COVERAGE_BANDS);
        Boolean indicators = params.flag("indicators");
        List<String> temporalities = params.values("temporality", concept(ControlledTerms.TEMPORALITY), TEMPORALITIES);
        List<String> unitTypes = params.values("unitType", concept(ControlledTerms.UNIT_TYPES), UNIT_TYPES);
        VariableSort sort = params.choice("sort", VariableSort::fromParam, SORTS, VariableSort.RELEVANCE);
        int size = params.integer("size", 1, VariableSearch.MAX_PAGE_SIZE, DEFAULT_SIZE);
        PageCursor cursor = cursor(params);
        params.requireValid();
        return new VariableQuery(text, registers, codes, publishers, valueTypes, new YearRange(from, to), themes, coverage,
                indicators, sort, 0, size, cursor, temporalities, unitTypes);
    }

    /** A concept of the list by its name, as the list writes it; null for a name it does not have. */
    private static Function<String, String> concept(ControlledTerms terms) {
        return name -> terms.byParam(name).map(ControlledTerms.Term::param).orElse(null);
    }

    /** A register's variables by name: the search with one register chosen, so the page reads only what it shows. */
    static VariableQuery ofRegister(QueryParameters params, String registerIri) {
        int size = params.integer("size", 1, VariableSearch.MAX_PAGE_SIZE, DEFAULT_SIZE);
        PageCursor cursor = cursor(params);
        params.requireValid();
        return new VariableQuery("", List.of(registerIri), null, List.of(), List.of(), YearRange.ANY, List.of(), List.of(),
                null, VariableSort.NAME, 0, size, cursor);
    }

    private static PageCursor cursor(QueryParameters params) {
        String token = params.text("cursor");
        if (token.isEmpty()) {
            return null;
        }
        Optional<PageCursor> cursor = PageCursor.parse(token, false);
        if (cursor.isEmpty()) {
            params.invalid("cursor", "is not a cursor this API gave; use nextCursor of a page");
        }
        return cursor.orElse(null);
    }

    private static <T> Set<String> params(T[] values, Function<T, String> param) {
        return new LinkedHashSet<>(Arrays.stream(values).map(param).toList());
    }
}
