package no.varcat.harvest.ddi;

/** An IDNo of the study, with the agency that assigned it (e.g. "DOI"), or null. */
record StudyIdentifier(String value, String agency) {
}
