package no.varcat.harvest.schedule;

import java.time.Instant;

import no.varcat.harvest.HarvestPhase;

/**
 * A harvest run in progress, as {@link SourceRuns#running} shows it.
 *
 * @param started when {@link SourceRuns} started the run
 * @param phase   the phase the run last reported; {@link HarvestPhase#FETCHING} until it reports one
 */
public record RunningHarvest(String sourceId, Instant started, HarvestPhase phase) {
}
