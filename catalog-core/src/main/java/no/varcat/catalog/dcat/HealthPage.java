package no.varcat.catalog.dcat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One part of a page of the HealthDCAT-AP catalog. HealthDCAT-AP lists a register's variables with
 * the register, and one register can have tens of thousands; so a page of registers is cut into
 * parts of at most a given number of variables, in the page's register order and each register's
 * notation order, and a register whose variables run past the end of a part is described again in
 * the next with the rest of them. The parts together are the page, as RDF merges them; the pages
 * together are the catalog.
 *
 * @param registers         the page of registers this is a part of
 * @param number            the part, from 1
 * @param parts             how many parts the page has
 * @param slices            what this part lists: per register, which of its variables
 * @param previousPageParts how many parts the page before has (0 on the first page), for the link back
 * @param lastPageParts     how many parts the last page has, for the link to the last part
 */
public record HealthPage(CatalogPage registers, int number, int parts, List<ColumnSlice> slices, int previousPageParts,
        int lastPageParts) {

    public HealthPage {
        slices = List.copyOf(slices);
    }

    /**
     * The parts of a page whose {@code registers} (in order) have {@code counts} variables each: none
     * lists more than {@code variables} of them. A register without variables goes in the part where
     * its turn comes. A page has at least one part, an empty page one empty part.
     */
    static List<List<ColumnSlice>> cut(List<String> registers, Map<String, Long> counts, int variables) {
        if (variables < 1) {
            throw new IllegalArgumentException("variables per part must be at least 1: " + variables);
        }
        List<List<ColumnSlice>> parts = new ArrayList<>();
        List<ColumnSlice> part = new ArrayList<>();
        int room = variables;
        for (String register : registers) {
            long total = counts.getOrDefault(register, 0L);
            if (total == 0) {
                part.add(new ColumnSlice(register, 0, 0, 0));
                continue;
            }
            for (long from = 0; from < total; ) {
                if (room == 0) {
                    parts.add(part);
                    part = new ArrayList<>();
                    room = variables;
                }
                int size = (int) Math.min(room, total - from);
                part.add(new ColumnSlice(register, total, from, size));
                from += size;
                room -= size;
            }
        }
        parts.add(part);
        return parts;
    }

    /** The registers this part describes, in page order. */
    public List<String> datasets() {
        return slices.stream().map(ColumnSlice::register).distinct().toList();
    }

    /** The view's links: {@code address} gives the URL of part k of page n. */
    HydraView.Links links(PartAddress address) {
        int page = registers.number();
        String next = number < parts ? address.of(page, number + 1)
                : registers.hasNext() ? address.of(page + 1, 1) : null;
        String previous = number > 1 ? address.of(page, number - 1)
                : registers.hasPrevious() ? address.of(page - 1, previousPageParts) : null;
        return new HydraView.Links(address.of(page, number), address.of(1, 1), address.of(registers.pages(), lastPageParts),
                next, previous);
    }

    /** Whether there is more than one part in all: the export then says which this is. */
    boolean paged() {
        return registers.paged() || parts > 1;
    }

    /** The URL of part {@code part} (from 1) of page {@code page} (from 1). */
    @FunctionalInterface
    public interface PartAddress {
        String of(int page, int part);
    }
}
