package no.varcat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resident memory of a process now ({@code VmRSS}), at its peak ({@code VmHWM}), and how much of it
 * is anonymous (heap, metaspace, threads) or file pages (TDB2 maps its files: those pages belong to
 * the page cache and are given back under memory pressure), from /proc.
 */
record ProcessMemory(long rssMb, long peakMb, long anonMb, long fileMb) {

    static Optional<ProcessMemory> of(long pid) {
        try {
            long[] kb = new long[4];
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                int i = line.startsWith("VmRSS:") ? 0 : line.startsWith("VmHWM:") ? 1 : line.startsWith("RssAnon:") ? 2
                        : line.startsWith("RssFile:") ? 3 : -1;
                if (i >= 0) {
                    kb[i] = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return Optional.of(new ProcessMemory(kb[0] / 1024, kb[1] / 1024, kb[2] / 1024, kb[3] / 1024));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "RSS " + rssMb + " MB (peak " + peakMb + " MB; " + anonMb + " MB anonymous, " + fileMb + " MB mapped files)";
    }
}
