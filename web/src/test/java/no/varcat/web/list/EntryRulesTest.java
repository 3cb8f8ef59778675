package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The years a form adding to the list carries along (the coverage matrix's) are kept only when they fit. */
class EntryRulesTest {

    private final EntryRules rules = new EntryRules(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void yearsThatFitAreKeptAndTheRestLeftOut() {
        assertThat(rules.wantedYears("2015", "2020")).isEqualTo(new EntryRules.Years(2015, 2020));
        assertThat(rules.wantedYears(" 2015 ", null)).isEqualTo(new EntryRules.Years(2015, null));
        assertThat(rules.wantedYears(null, "")).isEqualTo(EntryRules.Years.NONE);
        assertThat(rules.wantedYears("1850", "2020")).as("before the oldest register").isEqualTo(new EntryRules.Years(null, 2020));
        assertThat(rules.wantedYears("2015", "2037")).as("beyond ten years ahead").isEqualTo(new EntryRules.Years(2015, null));
        assertThat(rules.wantedYears("2020", "2015")).as("the wrong way round").isEqualTo(EntryRules.Years.NONE);
        assertThat(rules.wantedYears("20x5", "99999999999")).isEqualTo(EntryRules.Years.NONE);
    }
}
