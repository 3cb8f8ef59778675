package no.varcat.catalog.change;

import java.util.Objects;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.text.LocalizedText;

/**
 * One register or variable added, changed or removed, before the log gives it a number.
 *
 * @param register  the register a variable belongs to (a register's is itself); null when unknown
 * @param publisher the register's publisher; null when unknown
 * @param label     the resource's label as the source had it (for a removal, as it last had it)
 */
public record Change(ChangeType type, ResourceKind kind, String resource, String register, String publisher, LocalizedText label) {

    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(resource, "resource");
        if (kind != ResourceKind.REGISTER && kind != ResourceKind.VARIABLE) {
            throw new IllegalArgumentException("The change log records registers and variables, not " + kind);
        }
        label = label == null ? LocalizedText.EMPTY : label;
    }
}
