package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;

/** Lists in a real (in-memory) TDB2 store: order, each entry once, details, the cap, expiry. */
class SavedListsTest {

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final SavedLists lists = new SavedLists(store, clock);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keepsTheOrderAddedEachEntryOnceAndItsDetails() {
        ListId id = lists.create();
        assertThat(lists.entries(id)).hasValue(List.of());

        assertThat(lists.add(id, List.of(variable("https://x/b"), concept("https://x/c")), false))
                .containsExactly(SavedLists.Added.ADDED, SavedLists.Added.ADDED);
        assertThat(lists.add(id, List.of(variable("https://x/a"), variable("https://x/b")), false))
                .containsExactly(SavedLists.Added.ADDED, SavedLists.Added.ALREADY_THERE);
        lists.update(id, List.of(new ListEntry(ListEntry.Kind.VARIABLE, "https://x/a", 2015, 2020, "Utfall; «vekt»\nlinje to")));

        List<ListEntry> entries = lists.entries(id).orElseThrow();
        assertThat(entries).extracting(ListEntry::iri).containsExactly("https://x/b", "https://x/c", "https://x/a");
        assertThat(entries.get(1).kind()).isEqualTo(ListEntry.Kind.CONCEPT);
        assertThat(entries.get(2)).isEqualTo(new ListEntry(ListEntry.Kind.VARIABLE, "https://x/a", 2015, 2020, "Utfall; «vekt»\nlinje to"));

        lists.update(id, List.of(new ListEntry(ListEntry.Kind.VARIABLE, "https://x/a", null, 2018, null)));
        assertThat(lists.entries(id).orElseThrow().get(2)).isEqualTo(new ListEntry(ListEntry.Kind.VARIABLE, "https://x/a", null, 2018, null));

        lists.remove(id, "https://x/b");
        assertThat(lists.entries(id).orElseThrow()).extracting(ListEntry::iri).containsExactly("https://x/c", "https://x/a");
        lists.clear(id);
        assertThat(lists.entries(id)).hasValue(List.of());
    }

    @Test
    void anImportReplacesTheDetailsOfEntriesAlreadyThere() {
        ListId id = lists.create();
        lists.add(id, List.of(new ListEntry(ListEntry.Kind.VARIABLE, "https://x/a", 2000, 2001, "gammel")), false);

        lists.add(id, List.of(new ListEntry(ListEntry.Kind.VARIABLE, "https://x/a", 2010, 2012, "ny")), true);

        assertThat(lists.entries(id).orElseThrow()).containsExactly(new ListEntry(ListEntry.Kind.VARIABLE, "https://x/a", 2010, 2012, "ny"));
    }

    @Test
    void refusesMoreThanTheCap() {
        ListId id = lists.create();
        List<ListEntry> many = new ArrayList<>();
        for (int i = 0; i < SavedLists.MAX_ENTRIES; i++) {
            many.add(variable("https://x/" + i));
        }
        lists.add(id, many, false);

        assertThat(lists.add(id, List.of(variable("https://x/one-too-many")), false)).containsExactly(SavedLists.Added.FULL);
        assertThat(lists.entries(id).orElseThrow()).hasSize(SavedLists.MAX_ENTRIES);
    }

    @Test
    void listsAreApartAndAnUnknownIdIsNoList() {
        ListId mine = lists.create();
        ListId yours = lists.create();
        lists.add(mine, List.of(variable("https://x/a")), false);

        assertThat(lists.entries(yours)).hasValue(List.of());
        assertThat(lists.entries(ListId.random())).isEmpty();
        assertThat(mine).isNotEqualTo(yours);
    }

    @Test
    void aListUnchangedForAYearIsGoneAndSweptWhenTheNextIsMade() {
        ListId old = lists.create();
        lists.add(old, List.of(variable("https://x/a")), false);
        clock.move(SavedLists.KEEP.minusDays(1));
        ListId kept = lists.create();
        lists.add(kept, List.of(variable("https://x/a")), false);
        assertThat(lists.entries(old)).isPresent();

        clock.move(Duration.ofDays(2));
        assertThat(lists.entries(old)).isEmpty();
        assertThat(lists.entries(kept)).isPresent();
        assertThat(store.readGraph(SavedLists.GRAPH).size()).isGreaterThan(0);

        int before = store.readGraph(SavedLists.GRAPH).size();
        lists.create();
        assertThat(store.readGraph(SavedLists.GRAPH).size()).isLessThan(before);
        assertThat(lists.entries(kept).orElseThrow()).hasSize(1);
    }

    private static ListEntry variable(String iri) {
        return ListEntry.of(ListEntry.Kind.VARIABLE, iri);
    }

    private static ListEntry concept(String iri) {
        return ListEntry.of(ListEntry.Kind.CONCEPT, iri);
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
