package no.varcat.catalog.ddi;

/** An adms:identifier of the register: DDI's IDNo with its agency, which may be null. */
record OtherIdentifier(String value, String agency) {
}
