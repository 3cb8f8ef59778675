package no.varcat.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording's CPU samples ({@code jdk.ExecutionSample}) summed two ways: by the method on top
 * of the stack (where the time is spent) and by the first varcat method below it (whose code asked for it).
 */
record HotMethods(long samples, List<String> topFrames, List<String> topVarcatFrames, List<String> varcatPaths) {

    /** How many varcat frames of a stack make its path: enough to see which job asked for the work. */
    private static final int PATH_DEPTH = 6;

    static HotMethods of(Path recording, int limit) throws IOException {
        Map<String, Long> top = new HashMap<>();
        Map<String, Long> varcat = new HashMap<>();
        Map<String, Long> paths = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                top.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
                List<RecordedMethod> ours = frames.stream().map(RecordedFrame::getMethod)
                        .filter(m -> m != null && m.getType().getName().startsWith("no.varcat.")).limit(PATH_DEPTH).toList();
                if (!ours.isEmpty()) {
                    varcat.merge(name(ours.get(0)), 1L, Long::sum);
                    paths.merge(String.join(" < ", ours.stream().map(HotMethods::shortName).toList()), 1L, Long::sum);
                }
            }
        }
        return new HotMethods(samples, ranked(top, samples, limit), ranked(varcat, samples, limit), ranked(paths, samples, limit));
    }

    private static String name(RecordedMethod method) {
        if (method == null) {
            return "?";
        }
        String type = method.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName() + "  (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }

    private static String shortName(RecordedMethod method) {
        String type = method.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
    }

    private static List<String> ranked(Map<String, Long> counts, long total, int limit) {
        List<String> lines = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "%5.1f %%  %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey())));
        return lines;
    }
}
