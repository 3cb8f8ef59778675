package no.varcat.harvest.ddi;

/** The years a study covers; either end may be unknown (null). */
record Period(Integer startYear, Integer endYear) {

    boolean isEmpty() {
        return startYear == null && endYear == null;
    }
}
