package no.varcat.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.change.Change;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.change.ChangeType;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.text.LocalizedText;

/** The home page's "recently changed", from the tail of a real change log in TDB2. */
class RecentChangesTest {

    private static final String MFR = "https://sample.varcat.no/fhi/mfr";
    private static final String FHI = "https://data.brreg.no/enhetsregisteret/api/enheter/983744516";
    private static final Instant AT = Instant.parse("2026-12-03T06:00:00Z");

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final RecentChanges recent = new RecentChanges(new ChangeLog(store));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyLogHasNothingToShow() {
        RecentChanges.Recent none = recent.newest(8);
        assertThat(none.registers()).isEmpty();
        assertThat(none.variables()).isEmpty();
    }

    @Test
    void newestFirstEachOnceWithoutTheRemovedOnes() {
        store.apply(List.of(ChangeLog.append("urn:varcat:harvest-run:a", AT, List.of(
                new Change(ChangeType.ADDED, ResourceKind.REGISTER, MFR, MFR, FHI, new LocalizedText("Medisinsk fødselsregister", null, null)),
                variable(ChangeType.ADDED, "VEKT"), variable(ChangeType.ADDED, "KJONN"), variable(ChangeType.ADDED, "APGAR1")))));
        store.apply(List.of(ChangeLog.append("urn:varcat:harvest-run:b", AT.plusSeconds(3600), List.of(
                variable(ChangeType.CHANGED, "VEKT"), variable(ChangeType.REMOVED, "APGAR1")))));

        RecentChanges.Recent changes = recent.newest(8);

        assertThat(changes.variables()).extracting(RecentChanges.Item::iri).containsExactly(MFR + "/variable/VEKT", MFR + "/variable/KJONN");
        assertThat(changes.variables().get(0).type()).isEqualTo(ChangeType.CHANGED);
        assertThat(changes.variables().get(0).recorded()).isEqualTo(AT.plusSeconds(3600));
        assertThat(changes.registers()).extracting(RecentChanges.Item::iri).containsExactly(MFR);
        assertThat(changes.registers().get(0).label().in("nb")).isEqualTo("Medisinsk fødselsregister");
    }

    @Test
    void aLongLogIsReadOnlyAtItsTail() {
        List<Change> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(variable(ChangeType.ADDED, "V" + i));
        }
        store.apply(List.of(ChangeLog.append("urn:varcat:harvest-run:big", AT, many)));

        RecentChanges.Recent changes = recent.newest(3);

        assertThat(changes.variables()).extracting(RecentChanges.Item::iri)
                .containsExactly(MFR + "/variable/V1999", MFR + "/variable/V1998", MFR + "/variable/V1997");
        // The register's own change is 2,000 entries back, past what the home page reads.
        assertThat(changes.registers()).isEmpty();
    }

    private static Change variable(ChangeType type, String name) {
        return new Change(type, ResourceKind.VARIABLE, MFR + "/variable/" + name, MFR, FHI, new LocalizedText(name, null, null));
    }
}
