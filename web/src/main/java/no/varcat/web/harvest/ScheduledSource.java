package no.varcat.web.harvest;

import java.util.Objects;

import org.springframework.scheduling.support.CronExpression;

import no.varcat.harvest.HarvestSource;

/**
 * A configured source and when to harvest it.
 *
 * @param source   what to harvest
 * @param schedule a Spring cron expression (second minute hour day month weekday), e.g. {@code 0 0 3 * * *}
 */
public record ScheduledSource(HarvestSource source, CronExpression schedule) {

    public ScheduledSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(schedule, "schedule");
    }
}
