package no.varcat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resident memory of a process now ({@code VmRSS}) and at its peak ({@code VmHWM}), from /proc. */
record ProcessMemory(long rssMb, long peakMb) {

    static Optional<ProcessMemory> of(long pid) {
        try {
            long rss = -1;
            long peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kb(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kb(line) / 1024;
                }
            }
            return Optional.of(new ProcessMemory(rss, peak));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    @Override
    public String toString() {
        return "RSS " + rssMb + " MB (peak " + peakMb + " MB)";
    }
}
