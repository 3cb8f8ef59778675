package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * varcat's own terms (https://w3id.org/varcat/ns#, defined in varcat.ttl next to this class's
 * package), only for what no standard vocabulary covers. Prefer DCAT, DQV, DDI-RDF and PROV terms
 * wherever they fit.
 */
public final class VARCAT {

    public static final String NS = "https://w3id.org/varcat/ns#";

    // Codes and variables

    /** True on a code whose value means "unknown" or "not given"; DDI's missing-value flag. */
    public static final Property missingValue = property("missingValue");
    /** A summary statistic of a variable (DDI sumStat), with statisticType and rdf:value. */
    public static final Property summaryStatistic = property("summaryStatistic");
    /** The DDI sumStat type code of a statistic: mean, medn, mode, vald, invd, min, max, stdev, other. */
    public static final Property statisticType = property("statisticType");
    /** True on a weighted statistic, so weighted and unweighted ones of one type stay apart. */
    public static final Property weighted = property("weighted");
    /**
     * How a variable's values relate to time: a concept of varcat's temporality list (fixed, status,
     * accumulated, event), as microdata.no's temporalityType. No published vocabulary has it.
     */
    public static final Property temporality = property("temporality");

    // Addresses

    /** The id of a harvested resource in its varcat URL ({base-uri}variables/{id}); a function of its IRI. */
    public static final Property pathId = property("pathId");

    // Coverage and quality indicators

    /** Coverage rate (dekningsgrad): a dqv:Metric in dimension ldqd:completeness. */
    public static final Resource coverageRate = resource("coverageRate");
    /** The dqv:Dimension of the clinical quality indicators of the quality registers. */
    public static final Resource clinicalQuality = resource("clinicalQuality");
    public static final Property desiredDirection = property("desiredDirection");
    public static final Resource HigherIsBetter = resource("HigherIsBetter");
    public static final Resource LowerIsBetter = resource("LowerIsBetter");
    public static final Property highAchievementLevel = property("highAchievementLevel");
    public static final Property moderateAchievementLevel = property("moderateAchievementLevel");
    public static final Property numerator = property("numerator");
    public static final Property denominator = property("denominator");

    // Harvest bookkeeping

    /** A configured harvest source; its content lives in a named graph of its own. */
    public static final Resource HarvestSource = resource("HarvestSource");
    /** Format key of a harvest source, e.g. "turtle" or "ddi-codebook". */
    public static final Property sourceFormat = property("sourceFormat");
    /** The layout of a source whose format has several, e.g. "kodebok". */
    public static final Property sourcePreset = property("sourcePreset");
    public static final Property sourceColumns = property("sourceColumns");
    /** The register a source describes, for formats that do not name it themselves. */
    public static final Property describesRegister = property("describesRegister");
    /** When a source is harvested: a cron expression (second minute hour day month weekday). */
    public static final Property schedule = property("schedule");
    /** The environment variable holding a source's auth header; the secret itself is never stored. */
    public static final Property authHeaderVariable = property("authHeaderVariable");
    /** One run of the harvester over one source, a prov:Activity. */
    public static final Resource HarvestRun = resource("HarvestRun");
    public static final Property outcome = property("outcome");
    /** A source's newest run, in its log graph: the one pointer there that each run moves. */
    public static final Property latestRun = property("latestRun");
    /** How many variables a successful run added, changed, found as they were and removed, compared with the store. */
    public static final Property added = property("added");
    public static final Property changed = property("changed");
    public static final Property unchanged = property("unchanged");
    public static final Property removed = property("removed");
    /** The day a variable was last seen missing from the source that had published it. */
    public static final Property removedOn = property("removedOn");
    /** The URL a successful run fetched over HTTP, and the validators the server sent with it. */
    public static final Property fetchedFrom = property("fetchedFrom");
    public static final Property etag = property("etag");
    public static final Property lastModified = property("lastModified");
    /** How many triples a successful run wrote to its source's graph. */
    /** The status of the HTTP response a harvest run ended on, after redirects and retries. */
    public static final Property httpStatus = property("httpStatus");
    public static final Property triples = property("triples");
    /** Something wrong with the source that a run found, with its position when the format has one. */
    public static final Resource HarvestIssue = resource("HarvestIssue");
    public static final Property issue = property("issue");
    /** WARNING, ERROR or FATAL. */
    public static final Property severity = property("severity");
    /** Position of an issue in 1-based order of discovery, so a report lists issues as found. */
    public static final Property position = property("position");
    public static final Property line = property("line");
    /** The resource an issue is about: a register that landed short of the profile, or one left out. */
    public static final Property about = property("about");
    public static final Property column = property("column");

    // The change log (graph urn:varcat:changes)

    /** One register or variable added, changed or removed, as one run recorded it, a prov:Entity. */
    public static final Resource Change = resource("Change");
    /** A change's number in the log: one above the one committed before it, given inside the write transaction. */
    public static final Property sequence = property("sequence");
    /** The highest sequence number the change log has given, on the log graph's own IRI. */
    public static final Property lastSequence = property("lastSequence");
    /** An official set of SHACL shapes an operator registered; its shapes are in the named graph of its IRI. */
    public static final Resource ShapeSet = resource("ShapeSet");
    /** One of the files a shape set was registered from. */
    public static final Property shapeFile = property("shapeFile");
    /** Changes with each save: what compiled copies of shape sets are keyed by. */
    public static final Property version = property("version");
    /** A shape file's place in its set, from 1. */
    public static final Property order = property("order");
    /** How many triples a shape file held. */
    public static final Property tripleCount = property("tripleCount");
    /** ADDED, CHANGED or REMOVED. */
    public static final Property changeType = property("changeType");
    /** The register or variable a change is about. */
    public static final Property resource = property("resource");
    /** The class of the changed resource: dcat:Dataset (a register) or disco:Variable. */
    public static final Property resourceType = property("resourceType");
    /** The register a changed variable belongs to; for a register, itself. */
    public static final Property register = property("register");
    /**
     * The publisher of a changed resource's register. Not dct:publisher: queries over the union of
     * the graphs find publishers by who names them so, and a tombstone must not keep one alive.
     */
    public static final Property publisher = property("publisher");

    private VARCAT() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
