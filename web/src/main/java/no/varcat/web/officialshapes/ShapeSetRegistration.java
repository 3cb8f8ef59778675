package no.varcat.web.officialshapes;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.officialshapes.CompiledShapeSet;
import no.varcat.catalog.officialshapes.OfficialShapeSets;
import no.varcat.catalog.officialshapes.ShapeFile;
import no.varcat.catalog.officialshapes.ShapeSet;
import no.varcat.catalog.officialshapes.ShapeSetException;
import no.varcat.catalog.officialshapes.ShapeTurtle;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.fetch.FetchState;
import no.varcat.harvest.fetch.Fetched;
import no.varcat.harvest.fetch.HttpFetcher;

/**
 * Registers an official shape set from uploaded files and published addresses: each file read as
 * Turtle, the whole compiled as SHACL, once, here; only a set that passes is stored. Addresses are
 * fetched by the harvests' {@link HttpFetcher} (size cap, time limits, address guard), once.
 */
public class ShapeSetRegistration {

    /** All files of a set together: the largest official set (HealthDCAT-AP with DCAT-AP 3) is well under 1 MB. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 20;
    private static final String UPLOAD_BASE = "https://shapes.invalid/";

    private final OfficialShapeSets sets;
    private final HttpFetcher fetcher;
    private final Clock clock;

    ShapeSetRegistration(OfficialShapeSets sets, HttpFetcher fetcher, Clock clock) {
        this.sets = sets;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** An uploaded file. */
    record Upload(String fileName, byte[] bytes) {
    }

    /** The registered sets, by name. */
    List<ShapeSet> all() {
        return sets.repository().all();
    }

    java.util.Optional<ShapeSet> find(String name) {
        return ShapeSet.isValidName(name) ? sets.repository().find(name) : java.util.Optional.empty();
    }

    boolean delete(String name) {
        return ShapeSet.isValidName(name) && sets.repository().delete(name);
    }

    /**
     * Saves the set {@code name}, replacing one of that name.
     *
     * @return the saved set, with the number of shapes that have a target
     * @throws RefusedException naming the parameter at fault (and the file, line and column where there are)
     */
    Registered register(String name, String label, List<Upload> uploads, List<String> urls) {
        List<Upload> files = uploads == null ? List.of() : uploads.stream().filter(u -> u.bytes() != null && u.bytes().length > 0).toList();
        List<String> addresses = urls == null ? List.of() : urls.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).toList();
        if (!ShapeSet.isValidName(name)) {
            throw new RefusedException("name", "is 1 to 40 lower-case letters, digits and inner dashes, such as dcat-ap-no-2");
        }
        if (label == null || label.isBlank() || label.strip().length() > ShapeSet.MAX_LABEL) {
            throw new RefusedException("label", "is a name for people, such as DCAT-AP-NO 2.0, of at most " + ShapeSet.MAX_LABEL + " characters");
        }
        if (files.isEmpty() && addresses.isEmpty()) {
            throw new RefusedException("file", "upload one or more Turtle files, or give their addresses (url)");
        }
        if (files.size() + addresses.size() > MAX_FILES) {
            throw new RefusedException("file", "a set has at most " + MAX_FILES + " files");
        }
        for (String address : addresses) {
            if (!isHttp(address)) {
                throw new RefusedException("url", "must be an absolute http or https address: " + abbreviate(address));
            }
        }
        long total = 0;
        List<ShapeFile> described = new ArrayList<>();
        Graph shapes = GraphFactory.createDefaultGraph();
        for (Upload upload : files) {
            total = add(shapes, described, total, "file", fileName(upload.fileName(), described.size()), upload.bytes(), null);
        }
        for (String address : addresses) {
            byte[] bytes = fetch(address);
            total = add(shapes, described, total, "url", fileName(URI.create(address).getPath(), described.size()), bytes, address);
        }
        ShapeSet set = new ShapeSet(name, label.strip(), UUID.randomUUID().toString(), clock.instant(), described);
        CompiledShapeSet compiled;
        try {
            compiled = CompiledShapeSet.compile(set, shapes);
        } catch (ShapeSetException e) {
            throw new RefusedException(files.isEmpty() ? "url" : "file", e.getMessage());
        }
        sets.repository().save(set, shapes);
        return new Registered(set, compiled.rootShapes());
    }

    /** A saved set, and how many of its shapes have a target. */
    record Registered(ShapeSet set, int rootShapes) {
    }

    private static long add(Graph shapes, List<ShapeFile> described, long total, String parameter, String fileName, byte[] bytes,
            String source) {
        long now = total + bytes.length;
        if (now > MAX_BYTES) {
            throw new RefusedException(parameter, "the files of a set are at most " + MAX_BYTES / (1024 * 1024) + " MB together");
        }
        Graph graph;
        try {
            graph = ShapeTurtle.parse(fileName, bytes, source != null ? source : UPLOAD_BASE + fileName);
        } catch (ShapeSetException e) {
            throw new RefusedException(parameter, e.getMessage(), e.file(), e.line(), e.column());
        }
        GraphUtil.addInto(shapes, graph);
        described.add(new ShapeFile(fileName, source, graph.size()));
        return now;
    }

    private byte[] fetch(String address) {
        IssueCollector issues = new IssueCollector();
        HarvestSource source = new HarvestSource("shape-set", URI.create(address), "turtle", null);
        try (Fetched fetched = fetcher.fetch(source, List.of("text/turtle"), FetchState.NONE, issues)) {
            if (fetched instanceof Fetched.Content content) {
                return content.in().readAllBytes();
            }
            throw new RefusedException("url", "The server answered " + abbreviate(address) + " without content");
        } catch (SourceFormatException e) {
            String why = issues.issues().stream().filter(i -> i.severity() == HarvestIssue.Severity.FATAL).map(HarvestIssue::message)
                    .findFirst().orElse(e.getMessage());
            throw new RefusedException("url", "Cannot fetch " + abbreviate(address) + ": " + why);
        } catch (IOException e) {
            throw new RefusedException("url", "Cannot read " + abbreviate(address) + ": " + e.getMessage());
        }
    }

    /** A name for the file in the set's list: the upload's name or the address's last segment, without folders. */
    private static String fileName(String given, int index) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 200) {
            return "file-" + (index + 1) + ".ttl";
        }
        return name;
    }

    private static boolean isHttp(String value) {
        if (value.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /**
     * The set was not registered; nothing was stored.
     *
     * @param parameter the request's parameter at fault ({@code name}, {@code label}, {@code file}, {@code url})
     */
    static final class RefusedException extends RuntimeException {

        private final String parameter;
        private final String file;
        private final long line;
        private final long column;

        RefusedException(String parameter, String message) {
            this(parameter, message, null, -1, -1);
        }

        RefusedException(String parameter, String message, String file, long line, long column) {
            super(message);
            this.parameter = parameter;
            this.file = file;
            this.line = line;
            this.column = column;
        }

        String parameter() {
            return parameter;
        }

        String file() {
            return file;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }
}
