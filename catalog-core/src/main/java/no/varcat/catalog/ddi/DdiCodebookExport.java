package no.varcat.catalog.ddi;

import java.util.Optional;

import no.varcat.catalog.dcat.CatalogPage;
import no.varcat.catalog.dcat.PageOutOfRangeException;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;

/**
 * DDI-Codebook 2.5 ({@code ddi:codebook:2_5}) of one register: its study description and its
 * variables with their code lists, the inverse of the harvester's DDI reader. See docs/exports.md.
 */
public final class DdiCodebookExport {

    /**
     * Variables in a codebook page unless asked otherwise: about 1 MB of DDI for variables with
     * a code list of a dozen codes, and every register of the sample catalog whole.
     */
    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final int MAX_PAGE_SIZE = 1_000;

    private final RegisterRepository registers;
    private final VariableRepository variables;
    private final StudyExtrasReader extras;

    public DdiCodebookExport(CatalogStore store, RegisterRepository registers, VariableRepository variables) {
        this.registers = registers;
        this.variables = variables;
        this.extras = new StudyExtrasReader(store);
    }

    /** The register's codebook, its first {@link #DEFAULT_PAGE_SIZE} variables; empty when the store has no register by that IRI. */
    public Optional<DdiCodebook> codebook(String registerIri) {
        return codebook(registerIri, 1, DEFAULT_PAGE_SIZE);
    }

    /**
     * Page {@code page} of the register's codebook: the study and {@code size} of its variables in
     * technical-name order. Each page is a whole DDI-Codebook document, valid on its own.
     *
     * @throws PageOutOfRangeException for a page past the last (a register without variables has one)
     */
    public Optional<DdiCodebook> codebook(String registerIri, int page, int size) {
        return registers.find(registerIri).map(register -> new DdiCodebook(register, extras.read(registerIri), variables,
                new CatalogPage(page, size, variables.countOfRegister(registerIri))));
    }
}
