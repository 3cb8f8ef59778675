package no.varcat.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexLagTest {

    @Test
    void aBacklogIsStaleOnlyWhenWorkWaitingAtTheEarlierLookIsStillNotDone() {
        IndexLag earlier = new IndexLag(10, 12, 0);

        // A harvest committed since (log end 15) and its sync has not run yet: the earlier work is done.
        assertThat(new IndexLag(12, 15, 0).staleSince(earlier)).isFalse();
        // The changes that were there at the earlier look are still not indexed.
        assertThat(new IndexLag(10, 12, 0).staleSince(earlier)).isTrue();
        // Registers pending at both looks.
        assertThat(new IndexLag(12, 12, 2).staleSince(new IndexLag(12, 12, 1))).isTrue();
        assertThat(new IndexLag(12, 12, 2).staleSince(new IndexLag(12, 12, 0))).isFalse();
    }

    @Test
    void countsWhatIsBehind() {
        assertThat(new IndexLag(10, 12, 3).changesBehind()).isEqualTo(2);
        assertThat(new IndexLag(12, 12, 0).caughtUp()).isTrue();
        assertThat(new IndexLag(12, 12, 1).caughtUp()).isFalse();
        // Indices that never followed the log are behind by all of it.
        assertThat(new IndexLag(-1, 7, 0).changesBehind()).isEqualTo(7);
        assertThat(new IndexLag(-1, 0, 0).caughtUp()).isFalse();
    }
}
