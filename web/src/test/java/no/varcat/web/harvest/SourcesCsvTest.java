package no.varcat.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class SourcesCsvTest {

    private static final List<String> REQUIRED = List.of("id", "location", "format");

    @Test
    void semicolonsAreTakenFromTheHeaderAndEachRowKnowsItsLineAndColumns() throws IOException {
        SourcesCsv.Table table = read("\uFEFFid;format;location;title\n"
                + "\n"
                + "mfr;turtle;https://fhi.example/mfr.ttl;\"Fødsler; og\nmer\"\n"
                + "npr;turtle;https://hdir.example/npr.ttl;NPR\n");

        assertThat(table.rows()).hasSize(2);
        SourcesCsv.Row mfr = table.rows().get(0);
        assertThat(mfr.line()).isEqualTo(3);
        assertThat(mfr.get("title")).isEqualTo("Fødsler; og\nmer");
        assertThat(mfr.columnNumber("location")).isEqualTo(3);
        assertThat(mfr.get("schedule")).isNull();
        assertThat(mfr.columnNumber("schedule")).isZero();
        // The quoted title spans two lines: the next row starts on line 5.
        assertThat(table.rows().get(1).line()).isEqualTo(5);
        assertThat(table.rows().get(1).get("id")).isEqualTo("npr");
    }

    @Test
    void commasAreTheDefault() throws IOException {
        assertThat(read("id,location,format\nmfr,https://fhi.example/mfr.ttl,turtle\n").rows().get(0).get("format")).isEqualTo("turtle");
        assertThat(SourcesCsv.delimiter("id,location,format")).isEqualTo(',');
        assertThat(SourcesCsv.delimiter("\n\nid;location;format")).isEqualTo(';');
    }

    @Test
    void anUnknownOrRepeatedColumnIsNamedWithItsLineAndColumn() {
        assertThatThrownBy(() -> read("id,location,formt\n"))
                .isInstanceOfSatisfying(SourcesFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(3);
                })
                .hasMessageContaining("import.csv, line 1, column 3: unknown column 'formt'");
        assertThatThrownBy(() -> read("\nid;location;format;id\n"))
                .hasMessageContaining("line 2, column 4: column 'id' appears twice");
        assertThatThrownBy(() -> read("id,title\n")).hasMessageContaining("line 1: the header lacks the column 'location'");
    }

    @Test
    void brokenQuotingNamesTheLineItsRowStartsOn() {
        assertThatThrownBy(() -> read("id,location,format\nmfr,https://fhi.example/mfr.ttl,turtle\n\"npr,x\"y,turtle\n"))
                .isInstanceOfSatisfying(SourcesFileException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("line 3: the quoting is broken");
    }

    private static SourcesCsv.Table read(String csv) throws IOException {
        return SourcesCsv.read(new StringReader(csv), "import.csv", REQUIRED);
    }
}
