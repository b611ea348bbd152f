package dev.driverkit.examples.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The file handles this JVM holds, as Linux lists them in /proc/self/fd. */
public final class OpenFiles {
    private static final Path FDS = Path.of("/proc/self/fd");

    private OpenFiles() {}

    /** Whether this system lists open files where {@link #on(Path)} looks (Linux). */
    public static boolean listed() {
        return Files.isDirectory(FDS);
    }

    /** How many file handles of this JVM are open on {@code file}. */
    public static long on(Path file) throws IOException {
        Path target = file.toRealPath();
        try (Stream<Path> handles = Files.list(FDS)) {
            return handles.filter(handle -> target.equals(linkTarget(handle))).count();
        }
    }

    private static Path linkTarget(Path handle) {
        try {
            return Files.readSymbolicLink(handle);
        } catch (IOException e) {
            return null; // closed since it was listed (the listing's own handle, for one)
        }
    }
}
