package no.varcat.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Whole request bodies for the fuzz: sources as JSON and as CSV, and bodies that are neither. */
final class HostileBodies {

    private HostileBodies() {
    }

    /** JSON bodies that are not a source: broken, deep, huge, of another shape. */
    static Map<String, String> json() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty body", "");
        bodies.put("not JSON", "id=x&title=y");
        bodies.put("cut-off JSON", "{\"title\": \"a");
        bodies.put("JSON nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000));
        bodies.put("object nested 5,000 deep", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        bodies.put("a 2 MB title", toJson(Map.of("title", "x".repeat(2_000_000), "location", "http://127.0.0.1:9/f.ttl")));
        bodies.put("top-level array", "[1,2,3]");
        bodies.put("top-level string", "\"source\"");
        bodies.put("duplicate keys", "{\"title\":\"a\",\"title\":\"b\",\"location\":\"http://127.0.0.1:9/f.ttl\"}");
        bodies.put("unknown fields", "{\"title\":\"a\",\"evil\":{\"x\":1},\"location\":\"http://127.0.0.1:9/f.ttl\"}");
        bodies.put("NUL byte", "{\"title\":\"a\u0000b\"}");
        bodies.put("invalid UTF-8", "{\"title\":\"\u00c3(\"}");
        return bodies;
    }

    /** CSV files that are not a list of sources: empty, broken, huge, not UTF-8; past the upload limit too for an upload. */
    static Map<String, byte[]> csv(boolean upload) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty file", new byte[0]);
        bodies.put("header only", "id,location,format\n".getBytes(StandardCharsets.UTF_8));
        bodies.put("unknown column", "id,location,format,evil\nx,http://127.0.0.1:9/f.ttl,,1\n".getBytes(StandardCharsets.UTF_8));
        bodies.put("unbalanced quote", "id,location,format\n\"x,http://127.0.0.1:9/f.ttl,\n".getBytes(StandardCharsets.UTF_8));
        bodies.put("10,000 columns", ("id," + "location,".repeat(10_000) + "format\n").getBytes(StandardCharsets.UTF_8));
        bodies.put("semicolons", "id;location;format\nx;http://127.0.0.1:9/f.ttl;\n".getBytes(StandardCharsets.UTF_8));
        bodies.put("lone CR line ends", "id,location,format\rx,http://127.0.0.1:9/f.ttl,\r".getBytes(StandardCharsets.UTF_8));
        bodies.put("byte order mark and NUL", "\uFEFFid,location,format\nx\u0000,http://127.0.0.1:9/f.ttl,\n".getBytes(StandardCharsets.UTF_8));
        bodies.put("bytes that are not UTF-8", new byte[] {'i', 'd', ',', 'l', 'o', 'c', 'a', 't', 'i', 'o', 'n', '\n', (byte) 0xC3, '(', ',',
            (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
        bodies.put("3 MB (past the import's limit)", ("id,location,format\n" + "x,http://127.0.0.1:9/f.ttl,\n".repeat(110_000))
                .getBytes(StandardCharsets.UTF_8));
        if (upload) {
            bodies.put("11 MB (past the upload limit)", new byte[11 * 1024 * 1024]);
        }
        return bodies;
    }

    /**
     * A sources CSV of one row that lacks only its format, with {@code value} in {@code column}: each
     * column is still checked, and nothing is saved (as {@link #goodSource()}).
     */
    static byte[] sourcesCsv(String column, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", "fuzz-import");
        row.put("location", "http://127.0.0.1:9/fuzz.csv");
        row.put("format", "");
        row.put("title", "Fuzz");
        row.put(column, value);
        String csv = String.join(",", row.keySet()) + "\r\n"
                + row.values().stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")) + "\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A source body that lacks only its format: each field is still validated, and nothing is saved
     * (a saved source is harvested, which costs seconds a probe).
     */
    static Map<String, Object> goodSource() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("title", "Fuzz");
        source.put("location", "http://127.0.0.1:9/fuzz.ttl");
        return source;
    }

    /** A JSON value written as it is. */
    record RawJson(String json) {
    }

    static String toJson(Map<String, ?> body) {
        return body.entrySet().stream().map(e -> quote(e.getKey()) + ":" + (e.getValue() instanceof RawJson raw ? raw.json()
                : quote(e.getValue().toString()))).collect(Collectors.joining(",", "{", "}"));
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
