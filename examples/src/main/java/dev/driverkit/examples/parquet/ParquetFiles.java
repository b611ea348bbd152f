package dev.driverkit.examples.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Local parquet paths, as the engines without Spark read them: one file, or a folder of files. */
final class ParquetFiles {
    private ParquetFiles() {}

    /** Whether a path names one parquet file rather than a folder (MLRun's is_single_file). */
    static boolean isSingleFile(String path) {
        return path != null && (path.endsWith(".parquet") || path.endsWith(".pq"));
    }

    /** Whether a path has a URI scheme other than {@code file:} (s3://, v3io://, ...). */
    static boolean isRemote(String path) {
        return path.matches("^[A-Za-z][A-Za-z0-9+.-]+://.*") && !path.startsWith("file:");
    }

    /**
     * The local path {@code path} names (a plain path or a {@code file:} URI).
     *
     * @param what "parquet source 'pq'", for messages
     * @param where where it runs, for messages: "on PANDAS", "in asDf"
     */
    static Path local(String what, String path, String where) {
        if (path == null || path.isBlank()) {
            throw new IllegalStateException(what + " has no path: set \"path\" in the spec.");
        }
        if (isRemote(path)) {
            throw new IllegalArgumentException(what + " reads and writes local files " + where + ", not " + path
                    + "; use Engine.SPARK for remote storage, or copy the data to a local path.");
        }
        return path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
    }

    /** The existing local file or folder that {@code path} names. */
    static Path existing(String what, String path, String where) {
        Path local = local(what, path, where);
        if (!Files.exists(local)) {
            throw new UncheckedIOException(what + ": file not found: " + local.toAbsolutePath(),
                    new NoSuchFileException(local.toAbsolutePath().toString()));
        }
        return local;
    }

    /**
     * The parquet files under a folder, as Spark lists a table's files: names starting with {@code .} or
     * {@code _} (at any level: {@code _SUCCESS}, {@code _temporary/}, checksums, staging files) are not
     * data. A single file is its own list.
     */
    static List<Path> dataFiles(String what, Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".parquet"))
                    .filter(file -> isData(path.relativize(file)))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new UncheckedIOException(what + ": no parquet files in " + path.toAbsolutePath(),
                        new NoSuchFileException(path.toAbsolutePath().toString()));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": cannot list " + path.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isData(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return false;
            }
        }
        return true;
    }
}
