package no.varcat.harvest.ddi;

import java.util.List;

/** One catgry: the stored value, what it means, and whether it stands for a missing value. */
record Category(String value, List<LangText> labels, boolean missing) {

    Category {
        labels = List.copyOf(labels);
    }
}
