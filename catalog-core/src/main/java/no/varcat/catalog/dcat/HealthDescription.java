package no.varcat.catalog.dcat;

/**
 * What HealthDCAT-AP requires of every dataset that varcat's model does not hold per register, so
 * the export states it once for all: the law (an ELI IRI, the European Health Data Space
 * regulation), the health data access body that grants access to Norwegian health data (its IRI,
 * name and contact page), and the health category and dataset type a register has unless its own
 * description says otherwise.
 */
public record HealthDescription(
        String applicableLegislation,
        String accessBodyIri,
        String accessBodyName,
        String accessBodyContactPage,
        String defaultHealthCategory,
        String defaultDatasetType) {
}
