package no.varcat.web.sparql;

import java.util.function.Predicate;

import no.varcat.harvest.HarvestSource;

/**
 * Which named graphs the public may query: the harvested content of each source
 * ({@code urn:varcat:source:{id}}), which is what the site itself shows. Not: the source registry
 * ({@code urn:varcat:sources}: locations, schedules, the names of secrets' environment variables),
 * the harvest logs ({@code urn:varcat:harvest-log:{id}}: runs, issues, fetch state), the URL ids
 * ({@code urn:varcat:ids:{id}}: derived lookup data; the URLs themselves are public), the removal
 * records ({@code urn:varcat:removed:{id}}: internal bookkeeping; removals are published by the change
 * feed), and any graph added later until it is decided here: a list of what is public, not of what is not.
 */
final class PublicGraphs {

    static final Predicate<String> VISIBLE = HarvestSource::isGraphName;

    private PublicGraphs() {
    }
}
