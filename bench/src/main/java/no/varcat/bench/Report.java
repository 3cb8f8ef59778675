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
            r.profiles().forEach((what, hot) -> {
                md.append("\nWhere the application spent its CPU during ").append(what).append(" (JFR `jdk.ExecutionSample`, ")
                        .append(hot.samples()).append(" samples, settings `profile`): the top frames,\n\n```\n");
                hot.topFrames().forEach(l -> md.append(l).append('\n'));
                md.append("```\n\nand the first varcat method on each sampled stack (whose code asked for that work):\n\n```\n");
                hot.topVarcatFrames().forEach(l -> md.append(l).append('\n'));
                md.append("```\n\nand the varcat methods that led there (innermost first, up to six):\n\n```\n");
                hot.varcatPaths().forEach(l -> md.append(l).append('\n'));
                md.append("```\n\n");
            });
            if (r.underLoad() != null) {
                md.append(underLoad(r.size(), r.underLoad()));
            }
        }
        return md.toString();
    }

    private static String begin(String size) {
        return "<!-- under load " + size.toLowerCase(Locale.ROOT) + ": written by the harness -->\n";
    }

    private static String end(String size) {
        return "<!-- end of under load " + size.toLowerCase(Locale.ROOT) + " -->\n";
    }

    /** The load test's section for one size, between markers, so that a run of the load test alone can replace it ({@link #splice}). */
    static String underLoad(String size, UnderLoad.Result r) {
        StringBuilder md = new StringBuilder(begin(size));
        md.append("## ").append(size.toUpperCase(Locale.ROOT)).append(" under load: ").append(r.connections())
                .append(" connections for ").append(r.seconds()).append(" s while a changed source is harvested\n\n");
        md.append("- **Command:** `").append(r.command()).append("`\n");
        md.append("- **When:** ").append(r.started()).append(" (UTC); load average (1, 5, 15 min) before: `").append(r.loadBefore())
                .append("`, after: `").append(r.loadAfter()).append("`\n");
        md.append(String.format(Locale.ROOT, "- **Requests:** %,d in %.1f s (the last ones answered after the %d s): **%.1f a second**;"
                + " **errors: %d** (an error is any answer of 400 or above, a connection error, or no answer within %d s)\n",
                r.all().requests(), r.elapsed(), r.seconds(), r.all().perSecond(), r.all().errors(), UnderLoad.REQUEST_TIMEOUT.toSeconds()));
        md.append("- **Harvest:** ").append(r.harvest().describe()).append('\n');
        md.append("- **How:** ").append(r.connections()).append(" threads of the harness, each with its own HTTP/1.1 connection (the JDK's"
                + " `HttpClient`), each sending its next request as soon as the last is answered (a closed loop: the figures are"
                + " latency at the throughput the application sustains, not at a fixed rate); requests picked at random by the shares"
                + " below from the loaded catalog (").append(r.mix()).append("); a register page's `next` link and an API page's"
                + " `nextCursor` are followed as a reader would; ").append(UnderLoad.WARM_UP_REQUESTS).append(" requests in one connection first, not counted."
                + " Latencies are of answered requests, in ms.\n\n");
        md.append("| requests | share | count | errors | per second | p50 | p95 | p99 |\n|---|---|---|---|---|---|---|---|\n");
        for (UnderLoad.Figures f : r.kinds()) {
            md.append(row(f.kind().label, f.kind().share + " %", f));
        }
        md.append(row("**all**", "100 %", r.all()));
        if (!r.failures().isEmpty()) {
            md.append("\nErrors by when the request was sent: ").append(r.errorsOverTime()).append(".\n");
            md.append("\nThe first errors:\n\n```\n");
            r.failures().forEach(f -> md.append(f).append('\n'));
            md.append("```\n");
        }
        md.append('\n').append(end(size));
        return md.toString();
    }

    private static String row(String label, String share, UnderLoad.Figures f) {
        return String.format(Locale.ROOT, "| %s | %s | %,d | %d | %.1f | %s | %s | %s |%n", cell(label), share, f.requests(), f.errors(),
                f.perSecond(), millis(f.latency().p50()), millis(f.latency().p95()), millis(f.latency().p99()));
    }

    /** "—" where no request of the kind was answered. */
    private static String millis(double ms) {
        return Double.isNaN(ms) ? "—" : String.format(Locale.ROOT, "%.0f", ms);
    }

    /**
     * The report with one size's load-test section replaced, or added before the text written by
     * hand: a run of the load test alone leaves the other figures as they were.
     */
    static String splice(String doc, String size, String section) {
        int from = doc.indexOf(begin(size));
        int to = doc.indexOf(end(size));
        if (from >= 0 && to > from) {
            return doc.substring(0, from) + section + doc.substring(to + end(size).length());
        }
        int kept = doc.indexOf(KEPT);
        if (kept < 0) {
            return doc + (doc.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        return doc.substring(0, kept) + section + "\n" + doc.substring(kept);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
