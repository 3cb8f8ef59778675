package no.varcat.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.schedule.SourceRuns;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.admin.ImportReport.Outcome;
import no.varcat.web.admin.ImportReport.RowResult;
import no.varcat.web.harvest.ScheduledHarvests;
import no.varcat.web.harvest.SourceCatalog;
import no.varcat.web.harvest.SourceScheduler;
import no.varcat.web.harvest.SourcesFileException;

/**
 * The import over a real in-memory store, with the harvests not running (so nothing is fetched:
 * {@code harvestStarted} stays false); the harvests themselves are SourceImportIT's.
 */
class SourceImportTest {

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final SourceRegistry registry = new SourceRegistry(store, Clock.systemUTC());
    private final RegisteredSource fromFile = new RegisteredSource(
            new HarvestSource("from-file", URI.create("https://fhi.example/f.ttl"), "turtle", "F"), "0 0 3 * * *", null);
    private final SourceCatalog sources = new SourceCatalog(List.of(fromFile), registry);
    private final SourceScheduler scheduler = new SourceScheduler(sources, null, new SourceRuns(), null, name -> null, source -> { });
    private final SourceAdministration administration = new SourceAdministration(sources, scheduler, new ScheduledHarvests(scheduler, 2),
            new HarvestHistory(store), null);
    private final SourceImport sourceImport = new SourceImport(administration, sources,
            new SourceInputValidator(Set.of("turtle", "codebook-csv"), false, name -> null));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachRowIsCheckedAsTheFormChecksItAndABadRowChangesNothing() throws IOException {
        ImportReport report = run("id,location,format,preset,register,title,schedule,auth_header_env\n"
                + "mfr,https://fhi.example/mfr.ttl,turtle,,,MFR,0 0 3 * * *,\n"
                + "npr,https://hdir.example/npr.ttl,turtle,,,\"Norsk\npasientregister\",,VARCAT_SOURCE_AUTH_NPR\n"
                + "kb,https://nkr.example/kb.csv,codebook-csv,kodebok,not-an-iri,KB,,\n"
                + "mfr,https://fhi.example/mfr2.ttl,turtle,,,MFR igjen,,\n"
                + "from-file,https://fhi.example/f2.ttl,turtle,,,F,,\n");

        assertThat(report.rows()).extracting(RowResult::line).containsExactly(2L, 3L, 5L, 6L, 7L);
        assertThat(report.rows()).extracting(RowResult::outcome)
                .containsExactly(Outcome.CREATED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED);
        assertThat(faults(report.rows().get(1))).containsExactly("auth_header_env@8: The environment variable VARCAT_SOURCE_AUTH_NPR is not set where varcat runs");
        assertThat(faults(report.rows().get(2))).containsExactly("register@5: The register is an absolute IRI, like https://data.example.no/dataset/mfr");
        assertThat(faults(report.rows().get(3))).containsExactly("id@1: The id mfr is used on line 2 already");
        assertThat(faults(report.rows().get(4))).containsExactly("id@1: This source is defined in the sources file");
        assertThat(registry.all()).extracting(RegisteredSource::id).containsExactly("mfr");
        assertThat(registry.find("mfr").orElseThrow().schedule()).isEqualTo("0 0 3 * * *");
    }

    @Test
    void importedAgainAnEqualRowIsUnchangedAndAnEditedOneUpdated() throws IOException {
        String header = "id;location;format;title\n";
        run(header + "a;https://r.example/a.ttl;turtle;A\nb;https://r.example/b.ttl;turtle;B\n");

        ImportReport again = run(header + "a;https://r.example/a.ttl;turtle;A\nb;https://r.example/b.ttl;turtle;B, endret\n");

        assertThat(again.rows()).extracting(RowResult::outcome).containsExactly(Outcome.UNCHANGED, Outcome.UPDATED);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(registry.find("b").orElseThrow().source().title()).isEqualTo("B, endret");
    }

    @Test
    void aSourceOfTheSourcesFileIsRefusedEvenUnchangedAndNothingElseIsSaved() {
        RegisteredSource other = new RegisteredSource(new HarvestSource("other", URI.create("https://r.example/o.ttl"), "turtle", "O"), null, null);

        assertThatThrownBy(() -> administration.saveAll(List.of(other, fromFile)))
                .isInstanceOf(SourceCatalog.SourceManagedElsewhereException.class);
        assertThat(registry.all()).isEmpty();
    }

    @Test
    void hundredsOfRowsAreSavedTogether() throws IOException {
        String csv = "id,location,format\n" + IntStream.range(0, 500)
                .mapToObj(i -> "s" + i + ",https://r.example/s" + i + ".ttl,turtle\n").collect(Collectors.joining());

        ImportReport report = run(csv);

        assertThat(report.created()).isEqualTo(500);
        assertThat(registry.all()).hasSize(500);
    }

    @Test
    void aFileTooLargeOrNotUtf8IsRefusedWhole() {
        byte[] large = new byte[SourceImport.MAX_BYTES + 1];
        assertThatThrownBy(() -> sourceImport.run(new ByteArrayInputStream(large), "big.csv"))
                .isInstanceOf(SourceImport.TooLargeException.class);
        byte[] latin1 = "id,location,format\nø,https://r.example/ø.ttl,turtle\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> sourceImport.run(new ByteArrayInputStream(latin1), "latin1.csv"))
                .isInstanceOf(SourceImport.NotUtf8Exception.class).hasMessageContaining("latin1.csv is not UTF-8");
        assertThatThrownBy(() -> run("id,location\n")).isInstanceOf(SourcesFileException.class)
                .hasMessageContaining("lacks the column 'format'");
        assertThat(registry.all()).isEmpty();
    }

    private ImportReport run(String csv) throws IOException {
        return sourceImport.run(new StringReader(csv), "import.csv");
    }

    private static List<String> faults(RowResult row) {
        return row.faults().stream().map(f -> f.column() + "@" + f.columnNumber() + ": " + f.message().getDefaultMessage()).toList();
    }
}
