package no.varcat.harvest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.fetch.FetchState;
import no.varcat.vocab.PROV;
import no.varcat.vocab.VARCAT;

/**
 * The one place where a {@link HarvestReport} meets RDF: a {@code varcat:HarvestRun} (a
 * {@code prov:Activity}) that used the source and, when it succeeded, generated the source's graph
 * (see docs/model.md). Runs are kept in a log graph per source, the newest {@link HarvestLog#KEEP}.
 */
final class HarvestRunMapping {

    /** What is read of a run ({@code ?run}), besides its start: each a variable of {@link #readRun}. */
    private static final String RUN_DETAILS = """
              OPTIONAL { ?run prov:endedAtTime ?ended }
              OPTIONAL { ?run varcat:outcome ?outcome }
              OPTIONAL { ?run varcat:triples ?triples }
              OPTIONAL { ?run varcat:added ?added ; varcat:changed ?changed ; varcat:unchanged ?unchanged ; varcat:removed ?removed }
              OPTIONAL { ?run varcat:fetchedFrom ?fetchedFrom }
              OPTIONAL { ?run varcat:etag ?etag }
              OPTIONAL { ?run varcat:lastModified ?lastModified }
              OPTIONAL { ?run varcat:httpStatus ?httpStatus }
            """;

    /** The newest successful run of one source ({@code ?wanted}): a source's log keeps at most a hundred. */
    static final String SELECT_LATEST_SUCCEEDED = """
            SELECT ?run ?ended WHERE {
              ?run a varcat:HarvestRun ;
                   prov:used ?wanted ;
                   varcat:outcome "SUCCEEDED" ;
                   prov:endedAtTime ?ended .
            }
            ORDER BY DESC(?ended) ?run
            LIMIT 1
            """;

    /** Every run of one source ({@code ?wanted}), newest first. */
    static final String SELECT_RUNS = """
            SELECT ?run ?started ?ended ?outcome ?triples ?added ?changed ?unchanged ?removed ?fetchedFrom ?etag ?lastModified
                   ?httpStatus
            WHERE {
              ?run a varcat:HarvestRun ;
                   prov:used ?wanted ;
                   prov:startedAtTime ?started .
            """ + RUN_DETAILS + """
            }
            ORDER BY DESC(?started) ?run
            """;

    /**
     * The newest run of every source ({@code ?wanted}) that has one: one row per source, through the
     * source's {@code varcat:latestRun}, however many runs its log keeps.
     */
    static final String SELECT_LATEST_RUNS = """
            SELECT ?wanted ?run ?started ?ended ?outcome ?triples ?added ?changed ?unchanged ?removed ?fetchedFrom ?etag
                   ?lastModified ?httpStatus
            WHERE {
              ?wanted varcat:latestRun ?run .
              ?run prov:startedAtTime ?started .
            """ + RUN_DETAILS + """
            }
            """;

    /** The issues of every run of one source ({@code ?wanted}), in the order each run found them. */
    static final String SELECT_ISSUES = """
            SELECT ?run ?position ?severity ?message ?line ?column ?about WHERE {
              ?run prov:used ?wanted ;
                   varcat:issue ?issue .
              ?issue varcat:position ?position ;
                     varcat:severity ?severity ;
                     dct:description ?message .
              OPTIONAL { ?issue varcat:line ?line }
              OPTIONAL { ?issue varcat:column ?column }
              OPTIONAL { ?issue varcat:about ?about }
            }
            ORDER BY ?run ?position
            """;

    /**
     * The issues about resources ({@code varcat:about}) of the newest run that generated one source's
     * graph ({@code ?graph}): what the registers' pages show of the source's current content.
     */
    static final String SELECT_ISSUES_OF_CURRENT_CONTENT = """
            SELECT ?position ?severity ?message ?line ?column ?about WHERE {
              { SELECT ?run WHERE { ?graph prov:wasGeneratedBy ?run . ?run prov:startedAtTime ?started }
                ORDER BY DESC(?started) ?run LIMIT 1 }
              ?run varcat:issue ?issue .
              ?issue varcat:about ?about ;
                     varcat:position ?position ;
                     varcat:severity ?severity ;
                     dct:description ?message .
              OPTIONAL { ?issue varcat:line ?line }
              OPTIONAL { ?issue varcat:column ?column }
            }
            ORDER BY ?position
            """;

    private static final String SOURCE_IRI = "urn:varcat:harvest-source:";

    /**
     * The issues about one resource ({@code ?about}) of the newest successful run of each source whose
     * graph holds it: what its page says about the last harvest. Bounded, as a run lists at most a
     * few dozen profile problems.
     */
    static final String SELECT_ISSUES_ABOUT = """
            SELECT ?run ?position ?severity ?message ?line ?column WHERE {
              { SELECT ?g (MAX(?started) AS ?latest) WHERE {
                  GRAPH ?g { ?about a ?type }
                  ?g prov:wasGeneratedBy ?generating .
                  ?generating prov:startedAtTime ?started .
                } GROUP BY ?g }
              ?g prov:wasGeneratedBy ?run .
              ?run prov:startedAtTime ?latest ;
                   varcat:issue ?issue .
              ?issue varcat:about ?about ;
                     varcat:position ?position ;
                     varcat:severity ?severity ;
                     dct:description ?message .
              OPTIONAL { ?issue varcat:line ?line }
              OPTIONAL { ?issue varcat:column ?column }
            }
            ORDER BY ?g ?position
            LIMIT 200
            """;

    private HarvestRunMapping() {
    }

    static String logGraphName(String sourceId) {
        return "urn:varcat:harvest-log:" + sourceId;
    }

    static String sourceIri(String sourceId) {
        return SOURCE_IRI + sourceId;
    }

    /** The id of the source with this IRI ({@link #sourceIri}); null for any other IRI. */
    static String sourceId(String sourceIri) {
        return sourceIri.startsWith(SOURCE_IRI) ? sourceIri.substring(SOURCE_IRI.length()) : null;
    }

    /** The IRI of the run that {@link #toGraph} describes. */
    static String runIri(Graph run) {
        return run.find(Node.ANY, RDF.type.asNode(), VARCAT.HarvestRun.asNode()).next().getSubject().getURI();
    }

    /** The run, its issues and the source it used, as triples for the source's log graph. */
    static Graph toGraph(HarvestReport report, HarvestSource source) {
        Graph g = GraphFactory.createDefaultGraph();
        Node run = NodeFactory.createURI("urn:varcat:harvest-run:" + UUID.randomUUID());
        Node src = NodeFactory.createURI(sourceIri(source.id()));

        g.add(Triple.create(src, RDF.type.asNode(), VARCAT.HarvestSource.asNode()));
        // The title is optional; the log names the source by its id then.
        g.add(Triple.create(src, DCTerms.title.asNode(), NodeFactory.createLiteralString(source.title() == null ? source.id() : source.title())));
        g.add(Triple.create(src, DCAT.accessURL.asNode(), NodeFactory.createURI(source.location().toString())));
        g.add(Triple.create(src, VARCAT.sourceFormat.asNode(), NodeFactory.createLiteralString(source.format())));

        g.add(Triple.create(run, RDF.type.asNode(), VARCAT.HarvestRun.asNode()));
        g.add(Triple.create(run, RDF.type.asNode(), PROV.Activity.asNode()));
        g.add(Triple.create(run, PROV.used.asNode(), src));
        g.add(Triple.create(run, PROV.startedAtTime.asNode(), dateTime(report.started())));
        g.add(Triple.create(run, PROV.endedAtTime.asNode(), dateTime(report.finished())));
        g.add(Triple.create(run, VARCAT.outcome.asNode(), NodeFactory.createLiteralString(report.outcome().name())));
        g.add(Triple.create(run, VARCAT.triples.asNode(), count(report.triples())));
        if (report.httpStatus() != null) {
            g.add(Triple.create(run, VARCAT.httpStatus.asNode(),
                    NodeFactory.createLiteralDT(Integer.toString(report.httpStatus()), XSDDatatype.XSDinteger)));
        }
        if (report.succeeded()) {
            g.add(Triple.create(NodeFactory.createURI(source.graphName()), PROV.wasGeneratedBy.asNode(), run));
            VariableChanges variables = report.variables();
            g.add(Triple.create(run, VARCAT.added.asNode(), count(variables.added())));
            g.add(Triple.create(run, VARCAT.changed.asNode(), count(variables.changed())));
            g.add(Triple.create(run, VARCAT.unchanged.asNode(), count(variables.unchanged())));
            g.add(Triple.create(run, VARCAT.removed.asNode(), count(variables.removed())));
            addFetchState(g, run, report.fetchState());
        }
        List<HarvestIssue> issues = report.issues();
        for (int i = 0; i < issues.size(); i++) {
            HarvestIssue issue = issues.get(i);
            Node node = NodeFactory.createURI(run.getURI() + ":issue:" + (i + 1));
            g.add(Triple.create(run, VARCAT.issue.asNode(), node));
            g.add(Triple.create(node, RDF.type.asNode(), VARCAT.HarvestIssue.asNode()));
            g.add(Triple.create(node, VARCAT.position.asNode(), positive(i + 1)));
            g.add(Triple.create(node, VARCAT.severity.asNode(), NodeFactory.createLiteralString(issue.severity().name())));
            g.add(Triple.create(node, DCTerms.description.asNode(), NodeFactory.createLiteralString(issue.message())));
            if (issue.line() > 0) {
                g.add(Triple.create(node, VARCAT.line.asNode(), positive(issue.line())));
            }
            if (issue.column() > 0) {
                g.add(Triple.create(node, VARCAT.column.asNode(), positive(issue.column())));
            }
            if (issue.about() != null) {
                g.add(Triple.create(node, VARCAT.about.asNode(), NodeFactory.createURI(issue.about())));
            }
        }
        return g;
    }

    /**
     * The validators of the fetch that gave the run's content, so that the next run after a restart
     * can still be a conditional GET; only for a fetch that had some.
     */
    private static void addFetchState(Graph g, Node run, FetchState state) {
        if (state.location() == null || !state.appliesTo(state.location())) {
            return;
        }
        g.add(Triple.create(run, VARCAT.fetchedFrom.asNode(), NodeFactory.createURI(state.location().toString())));
        if (state.etag() != null) {
            g.add(Triple.create(run, VARCAT.etag.asNode(), NodeFactory.createLiteralString(state.etag())));
        }
        if (state.lastModified() != null) {
            g.add(Triple.create(run, VARCAT.lastModified.asNode(), NodeFactory.createLiteralString(state.lastModified())));
        }
    }

    static HarvestReport readRun(String sourceId, QuerySolution row, List<HarvestIssue> issues) {
        return new HarvestReport(sourceId,
                instant(row, "started"),
                row.get("ended") == null ? null : instant(row, "ended"),
                row.get("outcome") == null ? Outcome.FAILED : Outcome.valueOf(row.getLiteral("outcome").getLexicalForm()),
                row.get("triples") == null ? 0 : row.getLiteral("triples").getLong(),
                issues,
                readFetchState(row),
                row.get("added") == null ? VariableChanges.NONE : new VariableChanges(number(row, "added"), number(row, "changed"),
                        number(row, "unchanged"), number(row, "removed")),
                row.get("httpStatus") == null ? null : row.getLiteral("httpStatus").getInt());
    }

    /** The recorded validators; none when the run has none or the store holds something a request header must not carry. */
    private static FetchState readFetchState(QuerySolution row) {
        if (row.get("fetchedFrom") == null || !row.get("fetchedFrom").isURIResource()) {
            return FetchState.NONE;
        }
        try {
            return new FetchState(URI.create(row.getResource("fetchedFrom").getURI()),
                    row.get("etag") == null ? null : row.getLiteral("etag").getLexicalForm(),
                    row.get("lastModified") == null ? null : row.getLiteral("lastModified").getLexicalForm());
        } catch (IllegalArgumentException e) {
            return FetchState.NONE;
        }
    }

    private static long number(QuerySolution row, String var) {
        return row.getLiteral(var).getLong();
    }

    static HarvestIssue readIssue(QuerySolution row) {
        return new HarvestIssue(Severity.valueOf(row.getLiteral("severity").getLexicalForm()),
                row.getLiteral("message").getLexicalForm(),
                row.get("line") == null ? -1 : row.getLiteral("line").getLong(),
                row.get("column") == null ? -1 : row.getLiteral("column").getLong(),
                row.get("about") == null || !row.get("about").isURIResource() ? null : row.getResource("about").getURI());
    }

    private static Instant instant(QuerySolution row, String var) {
        return Instant.parse(row.getLiteral(var).getLexicalForm());
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private static Node positive(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDpositiveInteger);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
