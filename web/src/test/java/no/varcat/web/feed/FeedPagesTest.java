package no.varcat.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.varcat.catalog.change.ChangeFilter;

/** How the log is cut into pages, and the addresses of the pages, with their filter carried on. */
class FeedPagesTest {

    @Test
    void theSubscriptionShowsThePageBeingFilledAndEveryFullPageIsAnArchive() {
        FeedPages empty = new FeedPages(0);
        assertThat(empty.current()).isEqualTo(1);
        assertThat(empty.newestArchive()).isZero();
        assertThat(empty.isArchived(1)).isFalse();
        assertThat(empty.lastOn(1)).isLessThan(empty.first(1));

        FeedPages partial = new FeedPages(250);
        assertThat(partial.current()).isEqualTo(3);
        assertThat(partial.newestArchive()).isEqualTo(2);
        assertThat(partial.first(3)).isEqualTo(201);
        assertThat(partial.lastOn(3)).isEqualTo(250);
        assertThat(partial.first(2)).isEqualTo(101);
        assertThat(partial.lastOn(2)).isEqualTo(200);
        assertThat(partial.isArchived(0)).isFalse();
        assertThat(partial.isArchived(3)).isFalse();

        // A full page is archived at once; the subscription document is then empty until the next change.
        FeedPages full = new FeedPages(200);
        assertThat(full.newestArchive()).isEqualTo(2);
        assertThat(full.current()).isEqualTo(3);
        assertThat(full.lastOn(3)).isLessThan(full.first(3));
    }

    @Test
    void everyLinkCarriesTheFilterEncoded() {
        FeedLinks links = new FeedLinks("http://localhost:8080/", new ChangeFilter("https://sample.varcat.no/fhi/mfr?x=1&y=2", null));

        assertThat(links.subscription()).isEqualTo("http://localhost:8080/changes.atom?register=https://sample.varcat.no/fhi/mfr?x%3D1%26y%3D2");
        assertThat(links.archive(4)).startsWith("http://localhost:8080/changes/archive/4?register=");
        assertThat(new FeedLinks("https://varcat.example.no", ChangeFilter.ALL).archive(1)).isEqualTo("https://varcat.example.no/changes/archive/1");
    }
}
