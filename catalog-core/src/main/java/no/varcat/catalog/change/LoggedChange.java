package no.varcat.catalog.change;

import java.time.Instant;

/**
 * A change as the log holds it.
 *
 * @param id       the entry's IRI, {@code {activity}:change:{n}}: stable, and a feed entry's id
 * @param sequence its number in the log, unique and in the order of commits
 * @param recorded when the harvest run or deletion that wrote it recorded it
 * @param activity the harvest run or source deletion that wrote it
 */
public record LoggedChange(String id, long sequence, Change change, Instant recorded, String activity) {
}
