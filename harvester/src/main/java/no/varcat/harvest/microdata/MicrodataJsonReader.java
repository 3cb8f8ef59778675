package no.varcat.harvest.microdata;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.system.StreamRDF;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.SourceReader;
import no.varcat.harvest.input.Iris;
import no.varcat.harvest.input.SourceText;

/**
 * Reads microdata.no variable metadata (docs/source-formats.md) as variables of the source's
 * register: one dataset's metadata (a JSON object, named by its file name) or a list of the
 * metadata service's data structures. Text that is not JSON, or JSON of neither shape, stops the
 * read so the previous harvest is kept; a problem in one dataset is reported where it starts.
 */
public final class MicrodataJsonReader implements SourceReader {

    /** The format key sources use for this reader. */
    public static final String FORMAT = "microdata-json";

    // Entries are read one by one from inside the list: what follows one is the rest of the list.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A dataset or data structure and where it starts. */
    private record Located(JsonNode node, long line, long column) {
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/json");
    }

    /** The format does not name its register; this fails, saying the source must. */
    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        read(in, new SourceContext(baseIri, null, null), sink, issues);
    }

    @Override
    public void read(InputStream in, SourceContext context, StreamRDF sink, IssueCollector issues) {
        if (context.registerIri() == null || !Iris.isHttpIri(context.registerIri().strip())) {
            throw SourceFormatException.fatal(issues, "Format " + FORMAT + " does not name its register: set the source's register "
                    + "to the register's IRI (e.g. https://sample.varcat.no/ssb/befolkning)", -1, -1);
        }
        String register = Iris.base(context.registerIri().strip());
        List<Located> datasets = parse(SourceText.read(in, "JSON", issues), issues);
        sink.start();
        try {
            MicrodataTriples triples = new MicrodataTriples(sink, register);
            Set<String> seen = new HashSet<>();
            for (Located dataset : datasets) {
                MicrodataMapping mapping = new MicrodataMapping(issues, dataset.line(), dataset.column());
                MicrodataVariable variable;
                if (dataset.node().has("measureVariable")) {
                    variable = mapping.fromStructure(dataset.node());
                } else if (isUnitTypeVariable(dataset.node())) {
                    variable = mapping.fromUnitType(dataset.node());
                } else {
                    variable = mapping.fromDataset(dataset.node(), datasetName(context.baseIri(), issues));
                }
                if (variable == null) {
                    continue;
                }
                if (!seen.add(variable.name())) {
                    issues.add(Severity.WARNING, "Variable " + variable.name() + " is given again; the first is kept",
                            dataset.line(), dataset.column());
                } else {
                    triples.write(variable);
                }
            }
        } finally {
            sink.finish();
        }
    }

    /** One dataset object, or a list of data structures; each with its position. */
    private static List<Located> parse(SourceText source, IssueCollector issues) {
        List<Located> datasets = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(source.text())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                datasets.add(located(parser));
            } else if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    TokenStreamLocation where = parser.currentTokenLocation();
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        issues.add(Severity.ERROR, "An entry of the list is not a data structure object; skipped", where.getLineNr(),
                                where.getColumnNr());
                    } else {
                        datasets.add(located(parser));
                    }
                }
            } else {
                throw SourceFormatException.fatal(issues, "Expected a microdata.no dataset (an object) or a list of data structures",
                        1, -1);
            }
            if (parser.nextToken() != null) {
                TokenStreamLocation where = parser.currentTokenLocation();
                throw SourceFormatException.fatal(issues, "Unexpected content after the end of the JSON", where.getLineNr(), where.getColumnNr());
            }
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            String message = "Not valid JSON: " + e.getOriginalMessage();
            throw SourceFormatException.fatal(issues, message, where == null ? -1 : where.getLineNr(), where == null ? -1 : where.getColumnNr(), e);
        }
        Located first = datasets.isEmpty() ? null : datasets.get(0);
        if (first != null && !first.node().has("measureVariable") && !first.node().has("measureVariables")
                && !isUnitTypeVariable(first.node())) {
            throw SourceFormatException.fatal(issues, "The JSON has neither 'measureVariables' (a dataset's metadata) nor"
                    + " 'measureVariable' (the metadata service's data structures) nor 'shortName' and 'unitType' (a unit type's"
                    + " variable): not microdata.no metadata", first.line(), first.column());
        }
        return datasets;
    }

    /** A unit type's identifier variable, as microdata.no defines one per unit type (PERSON.json: shortName PERSONID_1). */
    private static boolean isUnitTypeVariable(JsonNode node) {
        return node.has("shortName") && node.path("unitType").isObject();
    }

    private static Located located(JsonParser parser) {
        TokenStreamLocation where = parser.currentTokenLocation();
        return new Located(MAPPER.readTree(parser), where.getLineNr(), where.getColumnNr());
    }

    /** A dataset's metadata does not hold its name: it is in the file's ({@link DatasetName}). */
    private static String datasetName(String location, IssueCollector issues) {
        return DatasetName.of(location).orElseThrow(() -> SourceFormatException.fatal(issues,
                "Cannot tell the dataset's name from " + location + ": microdata.no names a dataset by its file, "
                        + "in upper-case letters A-Z, digits and underscores (BEFOLKNING_SIVILSTAND.json); rename the file "
                        + "or point the source at one so named", -1, -1));
    }
}
