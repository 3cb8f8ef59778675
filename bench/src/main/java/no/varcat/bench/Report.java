package no.varcat.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** docs/BENCHMARKS.md: where, when and how the figures were taken, then a table and notes per size. */
final class Report {

    /** Everything from this line on is written by people and kept when the harness rewrites the report. */
    static final String KEPT = "<!-- Below: written by hand, kept by the harness when it rewrites the figures above. -->";

    private Report() {
    }

    static String markdown(Options options, Instant started, Instant finished, String machine, String loadBefore, String loadAfter,
            List<SizeRun.Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by the benchmark harness (`bench/`, see [bench/README.md](../bench/README.md)) down to the reading of\n"
                + "the figures at the end, which is kept when it runs again. Each stage of issue 15's table is measured against the raw engine underneath, on the same data\n"
                + "in the same run, so the ratios hold even where the machine was busy.\n\n");
        md.append("- **Command:** `").append(options.command()).append("`\n");
        md.append("- **When:** ").append(started).append(" to ").append(finished).append(" (UTC)\n");
        md.append("- **Machine:** ").append(machine).append('\n');
        md.append("- **Load average** (1, 5, 15 min, running/total tasks) at the start: `").append(loadBefore)
                .append("`, at the end: `").append(loadAfter).append("`. ");
        md.append("Above the core count means other work (other builds) shared the machine: absolute times are then pessimistic,"
                + " the ratios against the raw engines much less so.\n");
        md.append("- **Runs:** latency and harvest stages are the median of ").append(options.runs())
                .append(" runs, with min–max in brackets; load stages (full load, raw loads, reindex) are one run each.\n");
        md.append("- **Application:** `web/target/varcat.jar` as a separate JVM with `").append(VarcatProcess.HEAP)
                .append("`, its own data dir and local Elasticsearch node (512 MB heap), sample data off; sources on a loopback"
                        + " HTTP server with ETags; everything registered and harvested through the admin JSON API.\n\n");
        for (SizeRun.Result r : results) {
            md.append("## ").append(r.size().toUpperCase(Locale.ROOT)).append(": ").append(String.format(Locale.ROOT, "%,d", r.variables()))
                    .append(" variables, ").append(r.sources()).append(" sources, ")
                    .append(String.format(Locale.ROOT, "%.1f MB", r.bytes() / 1e6)).append("\n\n");
            md.append("| stage | varcat | raw engine, same data, same run | target on 2 cores | |\n|---|---|---|---|---|\n");
            for (Row row : r.rows()) {
                md.append("| ").append(cell(row.stage())).append(" | ").append(cell(row.varcat())).append(" | ").append(cell(row.raw()))
                        .append(" | ").append(cell(row.target())).append(" | ").append(cell(row.verdict())).append(" |\n");
            }
            md.append("\nNotes:\n\n");
            r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
            if (r.load() != null) {
                md.append("\nWhere the application spent its CPU during the load (JFR `jdk.ExecutionSample`, ")
                        .append(r.load().samples()).append(" samples, settings `profile`): the top frames,\n\n```\n");
                r.load().topFrames().forEach(l -> md.append(l).append('\n'));
                md.append("```\n\nand the first varcat method on each sampled stack (whose code asked for that work):\n\n```\n");
                r.load().topVarcatFrames().forEach(l -> md.append(l).append('\n'));
                md.append("```\n\nand the varcat methods that led there (innermost first, up to six):\n\n```\n");
                r.load().varcatPaths().forEach(l -> md.append(l).append('\n'));
                md.append("```\n\n");
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
