package no.varcat.harvest.codebook;

import java.time.LocalDate;

/** The dates a variable was collected from and, if no longer collected, to. */
record Period(LocalDate start, LocalDate end) {

    Period {
        if (start == null) {
            throw new IllegalArgumentException("A variable's period needs a start");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }
}
