package no.varcat.sample.generator;

import java.util.List;
import java.util.Locale;

/**
 * Makes a register's variables one after another, from the register's own random stream: the
 * n-th variable of a register is the same whatever format it ends up in and however many
 * variables other registers have.
 *
 * <p>Names are the concept's abbreviation, the timepoint's, and the variable's number in the
 * register ({@code BTSYS_INN_17}): unique within the register, so its IRI is too, in every format.
 */
final class VariableFactory {

    private static final long VARIABLES_STREAM = 3;
    /** Share (in thousandths) of variables drawn from the register's own theme rather than the general lists. */
    private static final int THEMED = 450;
    private static final int WITH_ENGLISH = 750;
    /** Variables recorded since the register started; the others were added later. */
    private static final int SINCE_START = 400;
    private static final int DISCONTINUED = 120;
    private static final int MAX_ORDINAL = 8;

    private final Register register;
    private final Theme theme;
    private final Dice dice;
    private final int codeListPermille;
    private final int lastYear;
    /** Registers differ in which ja/nei list they use for yes/no questions. */
    private final CodeList yesNo;
    private int count;

    VariableFactory(Register register, CatalogSpec spec) {
        this.register = register;
        this.theme = register.theme();
        this.dice = Dice.of(spec.seed(), VARIABLES_STREAM, register.index());
        this.codeListPermille = spec.codeListPermille();
        this.lastYear = spec.lastYear();
        this.yesNo = dice.pick(CodeLists.YES_NO);
    }

    SyntheticVariable next() {
        int number = ++count;
        Concept concept = concept(dice.chance(codeListPermille));
        List<Timepoint> timepoints = theme.timepoints();
        Timepoint when = concept.timed() && !timepoints.isEmpty() ? dice.pick(timepoints) : null;
        boolean english = dice.chance(WITH_ENGLISH);

        // "Bidiagnose 3": the third of the secondary diagnoses a register records per stay.
        String ordinal = concept.numbered() ? Integer.toString(dice.between(1, MAX_ORDINAL)) : "";
        String nth = ordinal.isEmpty() ? "" : " " + ordinal;
        String labelNb = dice.preferFirst(concept.labelsNb()) + nth + (when == null ? "" : " " + when.labelNb());
        String definitionNb = Texts.fill(concept.definitionNb(), theme.whoNb(), theme.whomNb(), when == null ? "" : when.definiteNb())
                + (ordinal.isEmpty() ? "" : " Nummer " + ordinal + " av inntil " + MAX_ORDINAL + ".");
        String labelEn = english ? concept.labelEn() + nth + (when == null ? "" : " " + when.labelEn()) : null;
        String definitionEn = english
                ? Texts.fill(concept.definitionEn(), theme.whoEn(), theme.whomEn(), when == null ? "" : when.labelEn())
                        + (ordinal.isEmpty() ? "" : " Number " + ordinal + " of up to " + MAX_ORDINAL + ".")
                : null;

        String stem = concept.abbreviation() + ordinal;
        String name = stem + (when == null ? "" : "_" + when.abbreviation()) + "_" + number;
        String key = (stem + (when == null ? "" : "-" + when.key())).toLowerCase(Locale.ROOT).replace('_', '-');
        int start = dice.chance(SINCE_START) ? register.startYear() : dice.between(register.startYear(), lastYear);
        int end = start < lastYear && dice.chance(DISCONTINUED) ? dice.between(start, lastYear - 1) : 0;
        return new SyntheticVariable(name, labelNb, labelEn, definitionNb, definitionEn, concept.type(), concept.unit(),
                codeList(concept), start, end, when == null ? Timepoint.BASE_FORM : when.form(), key, concept.icd10(),
                concept.questionNb());
    }

    private Concept concept(boolean coded) {
        List<Concept> own = coded ? theme.coded() : theme.values();
        if (!own.isEmpty() && dice.chance(THEMED)) {
            return dice.pick(own);
        }
        return dice.pick(coded ? GeneralConcepts.CODED : GeneralConcepts.VALUES);
    }

    private CodeList codeList(Concept concept) {
        if (concept.codeList() == null) {
            return null;
        }
        return Concept.YES_NO.equals(concept.codeList()) ? yesNo : CodeLists.get(concept.codeList());
    }
}
