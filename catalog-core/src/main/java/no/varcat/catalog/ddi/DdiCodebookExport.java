package no.varcat.catalog.ddi;

import java.util.Optional;

import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;

/**
 * DDI-Codebook 2.5 ({@code ddi:codebook:2_5}) of one register: its study description and its
 * variables with their code lists, the inverse of the harvester's DDI reader. See docs/exports.md.
 */
public final class DdiCodebookExport {

    private final RegisterRepository registers;
    private final VariableRepository variables;
    private final StudyExtrasReader extras;

    public DdiCodebookExport(CatalogStore store, RegisterRepository registers, VariableRepository variables) {
        this.registers = registers;
        this.variables = variables;
        this.extras = new StudyExtrasReader(store);
    }

    /** The register's codebook; empty when the store has no register by that IRI. */
    public Optional<DdiCodebook> codebook(String registerIri) {
        return registers.find(registerIri)
                .map(register -> new DdiCodebook(register, extras.read(registerIri), variables));
    }
}
