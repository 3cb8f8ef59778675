package no.varcat.web.harvest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.search.RegisterIndexer;
import no.varcat.catalog.search.VariableIndexer;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.web.system.VarcatProperties;

/**
 * On start: harvests the bundled sample sources the store does not have yet (when enabled), and
 * builds the search indices when they are missing or the store has just changed.
 */
@Component
class CatalogBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogBootstrap.class);

    private final VarcatProperties properties;
    private final CatalogStore store;
    private final Harvester harvester;
    private final VariableRepository variables;
    private final VariableIndexer variableIndexer;
    private final RegisterRepository registers;
    private final RegisterIndexer registerIndexer;

    CatalogBootstrap(VarcatProperties properties, CatalogStore store, Harvester harvester, VariableRepository variables,
            VariableIndexer variableIndexer, RegisterRepository registers, RegisterIndexer registerIndexer) {
        this.properties = properties;
        this.store = store;
        this.harvester = harvester;
        this.variables = variables;
        this.variableIndexer = variableIndexer;
        this.registers = registers;
        this.registerIndexer = registerIndexer;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean harvested = false;
        if (properties.sampleData().enabled()) {
            // Per source, so that sample sources added in a newer version arrive in an existing store;
            // a source harvested before is left as it is.
            var present = store.graphNames();
            for (HarvestSource source : SampleSources.list()) {
                if (!present.contains(source.graphName())) {
                    HarvestReport report = harvester.harvest(source);
                    harvested |= report.succeeded();
                }
            }
        }
        // Only what changed is written; an index that does not exist yet is built whole.
        if (harvested || !variableIndexer.index().isCurrent()) {
            log.info("Variables in {}: {}", variableIndexer.index().alias(), variableIndexer.sync(variables.findAll()));
        }
        if (harvested || !registerIndexer.index().isCurrent()) {
            log.info("Registers in {}: {}", registerIndexer.index().alias(), registerIndexer.sync(registers.findAll()));
        }
    }
}
