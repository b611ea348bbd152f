package dev.driverkit.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds registry entry files through a class loader and reads them: one kind's files, or every file of
 * a direction.
 *
 * <p>A lookup by kind asks the loader for that kind's entry file, which works for every root. Listing
 * cannot name the files, so it finds the roots that hold entries: the folders that
 * {@code getResources(folder)} yields, and every jar the loader sees ({@link JarRoots}).
 */
final class EntryFiles {
    /** Looked up when needed: starting the logging system slows a cold lookup by kind. */
    private static System.Logger log() {
        return System.getLogger("dev.driverkit.registry");
    }

    private final ClassLoader loader;
    private final JarRoots jars;

    EntryFiles(ClassLoader loader) {
        this.loader = loader;
        this.jars = new JarRoots(loader);
    }

    /** The entry files of one kind, in class-path order: one file name per kind, so only that kind's files. */
    List<EntryFile> ofKind(Direction direction, String kind) throws IOException {
        List<EntryFile> files = new ArrayList<>(1);
        String path = RegistryFormat.entryPath(direction, kind);
        Enumeration<URL> urls = loader.getResources(path);
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            files.add(new EntryFile(direction, url, read(url, path)));
        }
        return files;
    }

    /** The origins of one kind's entry files, in class-path order (the order {@link #ofKind} finds them in). */
    List<String> originsOfKind(Direction direction, String kind) throws IOException {
        List<String> origins = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(RegistryFormat.entryPath(direction, kind)))) {
            origins.add(EntryOrigin.of(url));
        }
        return origins;
    }

    /** Every entry file of a direction: the folder roots' first, then the jars'. */
    List<EntryFile> all(Direction direction) throws IOException {
        List<EntryFile> files = new ArrayList<>();
        for (URL url : folderEntries(direction)) {
            files.add(new EntryFile(direction, url, readThroughConnection(url)));
        }
        for (EntryFile file : jars.entryFiles()) {
            if (file.direction() == direction) {
                files.add(file);
            }
        }
        return files;
    }

    /** The entry files of the folder roots (class-path directories) that hold the direction's folder. */
    private List<URL> folderEntries(Direction direction) throws IOException {
        String folder = RegistryFormat.folder(direction);
        List<URL> entries = new ArrayList<>();
        Enumeration<URL> roots = loader.getResources(folder);
        while (roots.hasMoreElements()) {
            URL folderUrl = roots.nextElement();
            switch (folderUrl.getProtocol()) {
                case "file" -> {
                    Path dir;
                    try {
                        dir = Path.of(folderUrl.toURI());
                    } catch (URISyntaxException e) {
                        throw new IOException("Bad folder URL " + folderUrl, e);
                    }
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                            if (file.getFileName().toString().endsWith(RegistryFormat.SUFFIX)) {
                                entries.add(file.toUri().toURL());
                            }
                        }
                    }
                }
                case "jar" -> {
                    // read with the other jars, once for both directions (see JarRoots)
                }
                default -> log().log(System.Logger.Level.WARNING,
                        "Cannot list driverkit entries under {0}: unsupported URL scheme. Lookups by kind still work.",
                        folderUrl);
            }
        }
        return entries;
    }

    /**
     * Reads the entry {@code path} that {@code url} locates. From a local jar it is read with a
     * {@link ZipFile}: on a cold start that costs about half of what a {@code JarURLConnection} does
     * (its classes, a second {@code JarFile}). Either way the jar is opened anew and closed (nothing
     * cached stays open), and the JDK shares the jar's central directory with the class loader's copy.
     */
    private static byte[] read(URL url, String path) throws IOException {
        String text = url.toString();
        String inJar = "!/" + path;
        Path jar = text.startsWith("jar:") && text.endsWith(inJar)
                ? JarRoots.localFile(text.substring("jar:".length(), text.length() - inJar.length())) : null;
        if (jar != null) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(path);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        return readThroughConnection(url);
    }

    private static byte[] readThroughConnection(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
