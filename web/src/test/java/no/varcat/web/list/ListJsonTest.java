package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The documented JSON shape: written and read back the same; every fault named by its place in the file. */
class ListJsonTest {

    private static final EntryRules RULES = new EntryRules(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void whatIsWrittenIsReadBack() {
        List<ListEntry> entries = List.of(new ListEntry(ListEntry.Kind.VARIABLE, "https://x/mfr/VEKT", 2015, 2020, "Utfall;\n«vekt» <b>"),
                new ListEntry(ListEntry.Kind.CONCEPT, "https://x/concept/sex", null, null, null));
        byte[] json = ListJson.write("https://varcat/list/abc", entries.stream()
                .map(e -> new ListJson.Exported(e, "Fødselsvekt", "MFR", "https://varcat/variables/x")).toList());

        ListJson.Read read = ListJson.read(json, RULES);

        assertThat(read.faults()).isEmpty();
        assertThat(read.entries()).isEqualTo(entries);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"version\" : 1", "\"type\" : \"concept\"");
    }

    @Test
    void eachFaultNamesItsField() {
        String json = """
                {"version": 1, "colour": "red", "entries": [
                  {"type": "variable", "iri": "https://x/a", "from": 1700, "to": 2020},
                  {"type": "table", "iri": "not an iri", "reason": 5},
                  {"type": "variable", "iri": "https://x/b", "from": 2020, "to": 2010, "reson": "typo"},
                  {"type": "variable", "iri": "https://x/a"}]}
                """;

        ListJson.Read read = ListJson.read(json.getBytes(StandardCharsets.UTF_8), RULES);

        assertThat(read.entries()).isEmpty();
        assertThat(read.faults()).extracting(ListFault::field).containsExactly("colour", "entries[0].from", "entries[1].type",
                "entries[1].iri", "entries[1].reason", "entries[2].reson", "entries[2].to", "entries[3].iri");
        assertThat(read.faults().get(1).args()).containsExactly(1900, 2036);
    }

    @Test
    void notJsonSaysWhere() {
        ListJson.Read read = ListJson.read("{\"version\": 1,\n \"entries\": [}".getBytes(StandardCharsets.UTF_8), RULES);

        assertThat(read.faults()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("(file)");
            assertThat(f.key()).isEqualTo("list.import.error.json");
            assertThat(f.args()[0]).isEqualTo(2);
        });
        assertThat(ListJson.read("[]".getBytes(StandardCharsets.UTF_8), RULES).faults()).extracting(ListFault::key)
                .containsExactly("list.import.error.object");
        assertThat(ListJson.read("{\"version\": 2, \"entries\": []}".getBytes(StandardCharsets.UTF_8), RULES).faults())
                .extracting(ListFault::field).containsExactly("version");
    }

    @Test
    void reasonsLoseControlCharactersButKeepLines() {
        assertThat(EntryRules.cleanReason(" a\u0000b\r\nc\u0007 ")).isEqualTo("ab\nc");
        assertThat(EntryRules.cleanReason("  ")).isNull();
    }
}
