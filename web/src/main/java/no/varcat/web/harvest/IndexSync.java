package no.varcat.web.harvest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.varcat.catalog.register.RegisterFactsRepository;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.search.RegisterIndexer;
import no.varcat.catalog.search.VariableIndexer;
import no.varcat.catalog.variable.VariableRepository;

/** Brings the search indices up to the store after a harvest changed it: only what changed is written. */
@Component
public class IndexSync {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

    private final VariableRepository variables;
    private final RegisterFactsRepository registerFacts;
    private final VariableIndexer variableIndexer;
    private final RegisterRepository registers;
    private final RegisterIndexer registerIndexer;

    IndexSync(VariableRepository variables, RegisterFactsRepository registerFacts, VariableIndexer variableIndexer,
            RegisterRepository registers, RegisterIndexer registerIndexer) {
        this.variables = variables;
        this.registerFacts = registerFacts;
        this.variableIndexer = variableIndexer;
        this.registers = registers;
        this.registerIndexer = registerIndexer;
    }

    /** One at a time: two sources harvested together would otherwise both write the same changes. */
    public synchronized void syncAll() {
        sync(true);
    }

    /**
     * Syncs each index when the store changed or the index is missing or was built from an older
     * definition; an index that is current for an unchanged store is left alone.
     */
    synchronized void sync(boolean storeChanged) {
        if (storeChanged || !variableIndexer.index().isCurrent()) {
            log.info("Variables in {}: {}", variableIndexer.index().alias(), variableIndexer.sync(variables.findAll(), registerFacts.findAll()));
        }
        if (storeChanged || !registerIndexer.index().isCurrent()) {
            log.info("Registers in {}: {}", registerIndexer.index().alias(), registerIndexer.sync(registers.findAll()));
        }
    }
}
