package no.varcat.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The harness's settings, from {@code --name=value} arguments (the Maven properties {@code bench.*} fill them). */
record Options(List<String> sizes, int runs, long seed, Path work, Path doc, Path jar, int timeoutMinutes, String command,
        long attachPid, double loadSeconds, String only, int underLoadConnections, int underLoadSeconds) {

    /** {@code --only=} this: the load test alone, on the catalog a previous run loaded (see bench/README.md). */
    static final String LOAD_TEST = "load-test";

    boolean loadTestOnly() {
        return LOAD_TEST.equals(only);
    }

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value, was: " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return new Options(
                Arrays.stream(values.getOrDefault("sizes", "10k").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                Integer.parseInt(values.getOrDefault("runs", "3")),
                Long.parseLong(values.getOrDefault("seed", "42")),
                Path.of(values.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/varcat-bench")).toAbsolutePath(),
                Path.of(values.getOrDefault("doc", "docs/BENCHMARKS.md")).toAbsolutePath(),
                Path.of(values.getOrDefault("jar", "web/target/varcat.jar")).toAbsolutePath(),
                Integer.parseInt(values.getOrDefault("timeout-minutes", "240")),
                values.getOrDefault("command", "(see bench/README.md)"),
                Long.parseLong(values.getOrDefault("attach-pid", "0")),
                Double.parseDouble(values.getOrDefault("load-seconds", "NaN")),
                only(values.getOrDefault("only", "").strip()),
                Integer.parseInt(values.getOrDefault("under-load-connections", "50")),
                Integer.parseInt(values.getOrDefault("under-load-seconds", "60")));
    }

    private static String only(String value) {
        if (!value.isEmpty() && !value.equals(LOAD_TEST)) {
            throw new IllegalArgumentException("--only takes " + LOAD_TEST + " (or nothing: every stage), was: " + value);
        }
        return value;
    }
}
