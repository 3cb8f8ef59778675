package no.varcat.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.source.RegisteredSource;

class SourcesFileTest {

    private static final String HEADER = "id,location,format,preset,register,title,schedule,auth_header_env\n";

    private final SourcesFile file = new SourcesFile(Set.of("turtle", "coverage-csv"),
            Map.of("MFR_AUTH", "Authorization: Bearer s3cret")::get);

    @Test
    void readsEverySourceWithItsScheduleAndTheAuthHeaderFromTheEnvironment() throws IOException {
        List<RegisteredSource> sources = read(HEADER
                + "mfr,https://fhi.example/mfr.ttl,turtle,,,Medisinsk fødselsregister,0 0 3 * * *,MFR_AUTH\n"
                + "\n"
                + "skde-dg,https://skde.example/dg.csv,coverage-csv,skde,https://skde.example/reg,\"Dekningsgrad, SKDE\",0 30 4 * * MON,\n");

        assertThat(sources).hasSize(2);
        assertThat(sources.get(0).authHeaderEnv()).isEqualTo("MFR_AUTH");
        HarvestSource mfr = sources.get(0).resolve(Map.of("MFR_AUTH", "Authorization: Bearer s3cret")::get);
        assertThat(mfr.id()).isEqualTo("mfr");
        assertThat(mfr.location()).isEqualTo(URI.create("https://fhi.example/mfr.ttl"));
        assertThat(mfr.preset()).isNull();
        assertThat(mfr.authHeader()).isEqualTo("Authorization: Bearer s3cret");
        assertThat(mfr.toString()).doesNotContain("s3cret");
        assertThat(sources.get(0).schedule()).isEqualTo("0 0 3 * * *");

        HarvestSource skde = sources.get(1).source();
        assertThat(skde.preset()).isEqualTo("skde");
        assertThat(skde.register()).isEqualTo("https://skde.example/reg");
        assertThat(skde.title()).isEqualTo("Dekningsgrad, SKDE");
        assertThat(skde.authHeader()).isNull();
    }

    @Test
    void optionalColumnsMayBeLeftOut() throws IOException {
        assertThat(read("id,location,format,schedule\nmfr,https://fhi.example/mfr.ttl,turtle,0 0 3 * * *\n")).hasSize(1);
    }

    @Test
    void aCodebooksOwnColumnNamesAreReadAndABadMappingNamesItsLine() throws IOException {
        String header = "id,location,format,register,schedule,columns\n";
        List<RegisteredSource> sources = read(header
                + "nkr,https://nkr.example/kodebok.csv,turtle,https://nkr.example/reg,0 0 3 * * *,\"name=Variabelnavn;label=Etikett\"\n");
        assertThat(sources.get(0).source().columns()).isEqualTo("name=Variabelnavn;label=Etikett");

        assertThatThrownBy(() -> read(header + "nkr,https://nkr.example/kodebok.csv,turtle,,0 0 3 * * *,label=Etikett\n"))
                .isInstanceOf(SourcesFileException.class)
                .hasMessageContaining("sources.csv, line 2")
                .hasMessageContaining("columns must say which column holds the variable's name");
    }

    @Test
    void aBadCronExpressionNamesItsLine() {
        assertThatThrownBy(() -> read(HEADER
                + "mfr,https://fhi.example/mfr.ttl,turtle,,,MFR,0 0 3 * * *,\n"
                + "npr,https://hdir.example/npr.ttl,turtle,,,NPR,every night,\n"))
                .isInstanceOf(SourcesFileException.class)
                .hasMessageContaining("sources.csv, line 3")
                .hasMessageContaining("schedule 'every night' is not a cron expression");
    }

    @Test
    void anUnknownFormatNamesItsLineAndTheKnownOnes() {
        assertThatThrownBy(() -> read(HEADER + "mfr,https://fhi.example/mfr.ttl,turtel,,,MFR,0 0 3 * * *,\n"))
                .isInstanceOf(SourcesFileException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("unknown format 'turtel'; known formats: coverage-csv, turtle");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        assertThatThrownBy(() -> read("id,location,format,title\nmfr,https://fhi.example/mfr.ttl,turtle,MFR\n"))
                .isInstanceOf(SourcesFileException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("lacks the column 'schedule'");
    }

    @Test
    void anUnknownColumnIsNamed() {
        assertThatThrownBy(() -> read("id,location,format,schedual\n"))
                .isInstanceOf(SourcesFileException.class)
                .hasMessageContaining("unknown column 'schedual'");
    }

    @Test
    void anEmptyRequiredValueAnInvalidIdAndARepeatedIdNameTheirLines() {
        assertThatThrownBy(() -> read(HEADER + "mfr,,turtle,,,MFR,0 0 3 * * *,\n"))
                .hasMessageContaining("line 2: location is empty");
        assertThatThrownBy(() -> read(HEADER + "MFR!,https://fhi.example/mfr.ttl,turtle,,,MFR,0 0 3 * * *,\n"))
                .hasMessageContaining("line 2: A source id is");
        assertThatThrownBy(() -> read(HEADER
                + "mfr,https://fhi.example/mfr.ttl,turtle,,,MFR,0 0 3 * * *,\n"
                + "mfr,https://fhi.example/mfr2.ttl,turtle,,,MFR,0 0 4 * * *,\n"))
                .hasMessageContaining("line 3: source id 'mfr' is used twice");
    }

    @Test
    void anAuthVariableThatIsNotSetIsNamedButNoSecretIsQuoted() {
        assertThatThrownBy(() -> read(HEADER + "npr,https://hdir.example/npr.ttl,turtle,,,NPR,0 0 3 * * *,NPR_AUTH\n"))
                .hasMessageContaining("line 2: auth_header_env names the environment variable NPR_AUTH, which is not set");
        SourcesFile badHeader = new SourcesFile(Set.of("turtle"), Map.of("NPR_AUTH", "Bearer s3cret")::get);
        assertThatThrownBy(() -> badHeader.read(new StringReader(HEADER + "npr,https://hdir.example/npr.ttl,turtle,,,NPR,0 0 3 * * *,NPR_AUTH\n"),
                "sources.csv"))
                .hasMessageContaining("line 2: Source npr: authHeader must be 'Name: value'")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = Path.of("target/no-such-sources.csv");
        assertThatThrownBy(() -> file.read(missing))
                .isInstanceOf(SourcesFileException.class)
                .hasMessageContaining("Cannot read the sources file " + missing);
    }

    @Test
    void anEmptyFileAsksForTheHeader() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("is empty; its first line must be the header id,location,format");
    }

    private List<RegisteredSource> read(String csv) throws IOException {
        return file.read(new StringReader(csv), "sources.csv");
    }
}
