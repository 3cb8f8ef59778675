package no.varcat.web.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether another process has the TDB2 store open: TDB2 holds an OS lock on {@code tdb.lock} in the
 * store's directory for as long as a process uses it, and the OS drops it when that process dies,
 * even by SIGKILL. Only for the command-line process, which has no store open itself: closing the
 * channel would release a lock this JVM held on the same file.
 */
final class StoreLock {

    static final String FILE = "tdb.lock";

    private StoreLock() {
    }

    static boolean heldElsewhere(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot tell whether " + file + " is locked: " + e.getMessage(), e);
        }
    }
}
