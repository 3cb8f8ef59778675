package no.varcat.sample.generator;

import static no.varcat.sample.generator.TurtleHeader.date;
import static no.varcat.sample.generator.TurtleHeader.iri;
import static no.varcat.sample.generator.TurtleHeader.text;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

/**
 * Variables as disco:Variables in Turtle, the way mfr.ttl writes them. Each file stands on its
 * own, as the harvester validates one source at a time: the register links its variables here, and
 * the file holds the code lists and population its variables point to (a code list shared by
 * several variables once per file).
 */
final class TurtleVariableWriter implements VariableWriter {

    private final Writer out;
    private final Register register;
    private final Set<String> codeListsWritten = new HashSet<>();
    private final StringBuilder buffer = new StringBuilder(2048);

    TurtleVariableWriter(Writer out, Register register, int part) throws IOException {
        this.out = out;
        this.register = register;
        TurtleHeader.write(out, register.nameNb() + ": variables, part " + part + " (disco:Variable, SKOS code lists)");
        Theme theme = register.theme();
        out.write(iri(register.universeIri()) + " a disco:Universe ;\n    skos:definition " + text(theme.populationNb(), "nb")
                + " ,\n        " + text(theme.populationEn(), "en") + " .\n\n");
    }

    @Override
    public void write(SyntheticVariable v) throws IOException {
        StringBuilder b = buffer;
        b.setLength(0);
        String variable = register.variableIri(v.name());
        b.append(iri(register.iri())).append(" disco:variable ").append(iri(variable)).append(" .\n");
        b.append(iri(variable)).append(" a disco:Variable, skos:Concept ;\n");
        b.append("    skos:notation ").append(Escape.turtle(v.name())).append(" ;\n");
        b.append("    skos:prefLabel ").append(text(v.labelNb(), "nb"));
        if (v.labelEn() != null) {
            b.append(" ,\n        ").append(text(v.labelEn(), "en"));
        }
        b.append(" ;\n    skos:definition ").append(text(v.definitionNb(), "nb"));
        if (v.definitionEn() != null) {
            b.append(" ,\n        ").append(text(v.definitionEn(), "en"));
        }
        b.append(" ;\n    dct:temporal ").append(iri(variable + "#period")).append(" ;\n");
        b.append("    disco:universe ").append(iri(register.universeIri())).append(" ;\n");
        b.append("    disco:representation ");
        b.append(v.codeList() == null ? "xsd:" + v.type().xsd() : iri(register.codeListIri(v.codeList().key())));
        if (v.unit() != null) {
            b.append(" ;\n    sdmx-attribute:unitMeasure ").append(iri(v.unit().iri()));
        }
        if (v.icd10()) {
            b.append(" ;\n    dct:subject ").append(iri(SyntheticVariable.ICD10));
        }
        b.append(" ;\n    disco:basedOn ").append(iri(v.conceptIri())).append(" .\n");
        b.append(iri(variable + "#period")).append(" a dct:PeriodOfTime ;\n    dcat:startDate ").append(date(v.startYear() + "-01-01"));
        if (v.hasEnd()) {
            b.append(" ;\n    dcat:endDate ").append(date(v.endYear() + "-12-31"));
        }
        b.append(" .\n\n");
        if (v.codeList() != null && codeListsWritten.add(v.codeList().key())) {
            codeList(b, v.codeList());
        }
        out.append(b);
    }

    private void codeList(StringBuilder b, CodeList list) {
        String scheme = register.codeListIri(list.key());
        b.append(iri(scheme)).append(" a skos:ConceptScheme ;\n    skos:prefLabel ").append(text(list.nameNb(), "nb"))
                .append(" ,\n        ").append(text(list.nameEn(), "en")).append(" .\n");
        for (CodeList.Code code : list.codes()) {
            b.append(iri(scheme + "/" + code.value())).append(" a skos:Concept ;\n");
            b.append("    skos:inScheme ").append(iri(scheme)).append(" ;\n");
            b.append("    skos:notation ").append(Escape.turtle(code.value())).append(" ;\n");
            b.append("    skos:prefLabel ").append(text(code.labelNb(), "nb")).append(" ,\n        ").append(text(code.labelEn(), "en"));
            b.append(code.missing() ? " ;\n    varcat:missingValue true .\n" : " .\n");
        }
        b.append('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
