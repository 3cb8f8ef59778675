package no.varcat.catalog.dcat;

/**
 * Of a register with {@code total} variables (with a technical name), the {@code size} variables
 * from {@code from} in notation order: what one part of a HealthDCAT-AP page lists of it.
 */
public record ColumnSlice(String register, long total, long from, int size) {

    /** Every variable of the register. */
    boolean whole() {
        return from == 0 && size == total;
    }
}
