package no.varcat.catalog.ddi;

/** A producer or distributor: the register's dct:creator or dct:publisher, by name. */
record StudyAgent(Tagged name, String homepage) {
}
