package no.varcat.web.selfcheck;

/** What the self-check tests upload and serve: a catalog short of varcat's profile, and a codebook. */
public final class SelfCheckSamples {

    public static final String REGISTER = "https://selfcheck.example.org/register/hjerte";
    public static final String UNTITLED = "https://selfcheck.example.org/register/uten-tittel";

    /** One register with a title but no contact point (lands, with warnings), one without a title (left out). */
    public static final String TURTLE = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://selfcheck.example.org/catalog> a dcat:Catalog ; dct:title "Egensjekk"@nb ;
                dcat:dataset <%s> , <%s> .
            <%s> a dcat:Dataset ; dct:title "Hjerteregisteret"@nb ; dct:description "Et register over hjertesykdom."@nb ;
                disco:variable <%s/variable/ALDER> .
            <%s/variable/ALDER> a disco:Variable ; skos:notation "ALDER" ; skos:prefLabel "Alder ved innleggelse"@nb .
            <%s> a dcat:Dataset ; disco:variable <%s/variable/KJONN> .
            <%s/variable/KJONN> a disco:Variable ; skos:notation "KJONN" ; skos:prefLabel "Kjønn"@nb .
            """.formatted(REGISTER, UNTITLED, REGISTER, REGISTER, REGISTER, UNTITLED, UNTITLED, UNTITLED);

    /** Turtle that breaks on its third line. */
    public static final String BROKEN_TURTLE = "@prefix dct: <http://purl.org/dc/terms/> .\n\n<https://x.example/a> dct:title \"A\"@nb ;;; oops\n";

    public static final String CODEBOOK = """
            name;label;description;type;values
            KJONN;Kjønn;Pasientens kjønn;code;1=Mann|2=Kvinne
            ALDER;Alder;Alder i hele år;integer;
            """;

    private SelfCheckSamples() {
    }
}
