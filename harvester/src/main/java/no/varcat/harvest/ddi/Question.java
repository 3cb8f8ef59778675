package no.varcat.harvest.ddi;

import java.util.List;

/** One qstn of a variable: its literal question text, possibly in several languages. */
record Question(List<LangText> texts) {

    Question {
        texts = List.copyOf(texts);
    }
}
