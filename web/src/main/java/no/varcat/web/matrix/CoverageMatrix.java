package no.varcat.web.matrix;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.springframework.stereotype.Component;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.NationalCoverage;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.search.ConceptColumn;
import no.varcat.catalog.search.ConceptCoverageSearch;
import no.varcat.catalog.search.RegisterCell;
import no.varcat.catalog.search.YearRange;
import no.varcat.catalog.variable.SharedConcept;
import no.varcat.catalog.variable.SharedConceptRepository;
import no.varcat.web.chart.Percent;
import no.varcat.web.resource.ResourceUrls;
import no.varcat.web.matrix.MatrixView.CellVariable;
import no.varcat.web.matrix.MatrixView.ConceptHeading;
import no.varcat.web.matrix.MatrixView.MatrixCell;
import no.varcat.web.matrix.MatrixView.MatrixRow;

/**
 * Builds the coverage matrix: each shared concept's variables from the store (a bounded number per
 * concept), which registers hold each concept from one multi-search of the index, then the national
 * coverage of the registers found from the store in one query. Registers holding every concept come
 * first; the minimum coverage applies to the lowest rate over the years wanted.
 */
@Component
class CoverageMatrix {

    /** Variables of a shared concept matched; a concept behind more is read up to this many (docs/matrix.md). */
    static final int MAX_CONCEPT_VARIABLES = 1_000;
    /** Registers whose coverage is read and shown: those holding the most concepts. */
    static final int MAX_ROWS = 100;

    private final ConceptCoverageSearch search;
    private final SharedConceptRepository concepts;
    private final CoverageRepository coverage;
    private final ResourceUrls urls;

    CoverageMatrix(ConceptCoverageSearch search, SharedConceptRepository concepts, CoverageRepository coverage, ResourceUrls urls) {
        this.search = search;
        this.concepts = concepts;
        this.coverage = coverage;
        this.urls = urls;
    }

    MatrixView build(MatrixRequest request, Locale locale) {
        if (request.isEmpty()) {
            return MatrixView.EMPTY;
        }
        String language = locale.getLanguage();
        List<ConceptHeading> headings = new ArrayList<>();
        List<ConceptColumn> columns = new ArrayList<>();
        for (String asked : request.concepts()) {
            if (MatrixRequest.isIri(asked)) {
                SharedConcept concept = concepts.find(asked, MAX_CONCEPT_VARIABLES).orElse(null);
                String label = concept == null || concept.label().isEmpty() ? asked : concept.label().in(language);
                headings.add(new ConceptHeading(asked, label, true, concept != null));
                columns.add(ConceptColumn.variables(concept == null ? List.of() : concept.variableIris()));
            } else {
                headings.add(new ConceptHeading(asked, asked, false, true));
                columns.add(ConceptColumn.term(asked));
            }
        }
        List<List<RegisterCell>> found = search.find(columns, request.years());
        boolean truncated = found.stream().anyMatch(cells -> cells.size() >= ConceptCoverageSearch.MAX_REGISTERS);

        Map<String, RegisterCell[]> byRegister = new LinkedHashMap<>();
        for (int c = 0; c < found.size(); c++) {
            for (RegisterCell cell : found.get(c)) {
                byRegister.computeIfAbsent(cell.registerIri(), k -> new RegisterCell[headings.size()])[c] = cell;
            }
        }
        Collator collator = Collator.getInstance(locale);
        List<RegisterCell[]> registers = new ArrayList<>(byRegister.values());
        registers.sort(Comparator.comparingInt((RegisterCell[] cells) -> -held(cells))
                .thenComparing(cells -> title(cells, language), collator));
        if (registers.size() > MAX_ROWS) {
            registers = registers.subList(0, MAX_ROWS);
            truncated = true;
        }

        Map<String, List<CoverageRate>> rates = new HashMap<>();
        for (CoverageRate rate : coverage.forResources(registers.stream().map(cells -> any(cells).registerIri()).toList())) {
            rates.computeIfAbsent(rate.computedOn(), k -> new ArrayList<>()).add(rate);
        }
        NumberFormat percent = Percent.format(locale);
        List<MatrixRow> rows = new ArrayList<>();
        int leftOut = 0;
        for (RegisterCell[] cells : registers) {
            String iri = any(cells).registerIri();
            SortedMap<Integer, BigDecimal> inYears = window(NationalCoverage.of(rates.getOrDefault(iri, List.of())), request.years());
            BigDecimal lowest = inYears.values().stream().min(Comparator.naturalOrder()).orElse(null);
            if (request.minCoverage() != null
                    && (lowest == null || lowest.compareTo(BigDecimal.valueOf(request.minCoverage(), 2)) < 0)) {
                leftOut++;
                continue;
            }
            rows.add(row(iri, cells, lowest, inYears, percent, language));
        }
        int holdingAll = (int) rows.stream().filter(MatrixRow::holdsAll).count();
        return new MatrixView(headings, rows, holdingAll, leftOut, truncated);
    }

    private MatrixRow row(String iri, RegisterCell[] cells, BigDecimal lowest, SortedMap<Integer, BigDecimal> inYears,
            NumberFormat percent, String language) {
        List<MatrixCell> shown = new ArrayList<>();
        List<String> variableIris = new ArrayList<>();
        for (RegisterCell cell : cells) {
            if (cell == null) {
                shown.add(MatrixCell.NONE);
                continue;
            }
            List<CellVariable> variables = cell.shown().stream().map(v -> new CellVariable(v.iri(),
                    urls.path(ResourceKind.VARIABLE, v.iri()), label(v, language), v.notation(),
                    years(v.firstYear(), v.lastYear(), v.lastYear() == null))).toList();
            variables.forEach(v -> {
                if (!variableIris.contains(v.iri())) {
                    variableIris.add(v.iri());
                }
            });
            shown.add(new MatrixCell(true, cell.variables(), years(cell.firstYear(), cell.lastYear(), cell.stillCollected()), variables));
        }
        int held = held(cells);
        String rate = null;
        if (lowest != null) {
            BigDecimal highest = inYears.values().stream().max(Comparator.naturalOrder()).orElseThrow();
            rate = lowest.compareTo(highest) == 0 ? percent.format(lowest) : percent.format(lowest) + "–" + percent.format(highest);
        }
        String rateYears = inYears.isEmpty() ? null : years(inYears.firstKey(), inYears.lastKey(), false);
        return new MatrixRow(iri, urls.path(ResourceKind.REGISTER, iri), title(cells, language), shown, held,
                held == cells.length, rate, rateYears, variableIris);
    }

    /** The rates of the years wanted; all of them when no years are. */
    private static SortedMap<Integer, BigDecimal> window(NationalCoverage national, YearRange years) {
        SortedMap<Integer, BigDecimal> all = national.byYear();
        if (years.from() != null) {
            all = all.tailMap(years.from());
        }
        if (years.to() != null) {
            all = all.headMap(years.to() + 1);
        }
        return all;
    }

    /** "1967–" (still collected), "2013–2020", "2016", or null when unknown. */
    static String years(Integer first, Integer last, boolean open) {
        if (first == null) {
            return null;
        }
        if (open) {
            return first + "–";
        }
        if (last == null || last.equals(first)) {
            return String.valueOf(first);
        }
        return first + "–" + last;
    }

    private static String label(RegisterCell.CellVariable v, String language) {
        String label = "en".equals(language) && v.labelEn() != null ? v.labelEn() : v.labelNb();
        return label == null || label.isBlank() ? v.notation() : label;
    }

    private static int held(RegisterCell[] cells) {
        int held = 0;
        for (RegisterCell cell : cells) {
            held += cell == null ? 0 : 1;
        }
        return held;
    }

    private static RegisterCell any(RegisterCell[] cells) {
        for (RegisterCell cell : cells) {
            if (cell != null) {
                return cell;
            }
        }
        throw new IllegalStateException("A row holds at least one concept");
    }

    private static String title(RegisterCell[] cells, String language) {
        RegisterCell cell = any(cells);
        return "en".equals(language) && cell.registerTitleEn() != null ? cell.registerTitleEn() : cell.registerTitleNb();
    }
}
