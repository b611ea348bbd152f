package dev.driverkit.registry;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every jar a class loader sees, and the registry entry files each holds. {@code getResources(folder)}
 * yields a jar only if the jar has a directory entry for the folder, so the jars are also found through
 * {@code META-INF/MANIFEST.MF}, the URLs of {@link URLClassLoader}s in the chain and
 * {@code java.class.path} when the application class loader is in the chain: jars written without
 * directory entries are listed too. Each jar is opened once per instance and read for both
 * directions; what it holds is remembered.
 */
final class JarRoots {
    /** Looked up when needed: starting the logging system slows a cold lookup by kind. */
    private static System.Logger log() {
        return System.getLogger("dev.driverkit.registry");
    }

    private static final String MANIFEST = JarFile.MANIFEST_NAME;
    private static final String APP_LOADER = "jdk.internal.loader.ClassLoaders$AppClassLoader";

    /**
     * A jar the loader sees: its {@code jar:...!/} base URL, and whether {@code getResources(folder)}
     * found a registry folder in it (then failing to read it is an error; other jars are skipped).
     */
    private record JarRoot(String base, boolean found) {}

    private final ClassLoader loader;
    /** The registry entry files of each jar read so far, by the jar's key ({@link #keyOf}): none is read twice. */
    private final Map<String, List<EntryFile>> contents = new HashMap<>();

    JarRoots(ClassLoader loader) {
        this.loader = loader;
    }

    /** The entry files of every jar the loader sees, both directions, in jar order. */
    synchronized List<EntryFile> entryFiles() throws IOException {
        List<EntryFile> files = new ArrayList<>();
        for (Map.Entry<String, JarRoot> root : roots().entrySet()) {
            List<EntryFile> held = contents.get(root.getKey());
            if (held == null) {
                held = read(root.getValue());
                contents.put(root.getKey(), held);
            }
            files.addAll(held);
        }
        return files;
    }

    /**
     * Every jar root the loader sees, by key, without duplicates: first those that hold a registry
     * folder entry, then the others, which {@code getResources(folder)} cannot find.
     */
    private Map<String, JarRoot> roots() throws IOException {
        Map<String, JarRoot> roots = new LinkedHashMap<>();
        for (Direction direction : Direction.values()) {
            for (URL url : Collections.list(loader.getResources(RegistryFormat.folder(direction)))) {
                addJarRoot(roots, url, true);
            }
        }
        for (URL manifest : Collections.list(loader.getResources(MANIFEST))) {
            addJarRoot(roots, manifest, false);
        }
        boolean appLoader = false;
        ClassLoader system = ClassLoader.getSystemClassLoader();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    addClassPathElement(roots, url);
                }
            }
            appLoader |= l == system || l.getClass().getName().equals(APP_LOADER);
        }
        if (appLoader) {
            for (String element : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!element.isBlank()) {
                    try {
                        addJarFile(roots, Path.of(element), null);
                    } catch (InvalidPathException e) {
                        // not a path this platform can read: the class loader cannot either
                    }
                }
            }
        }
        return roots;
    }

    /** Adds the jar of a {@code jar:<jar>!/<resource>} URL. */
    private static void addJarRoot(Map<String, JarRoot> roots, URL resource, boolean found) {
        String text = resource.toString();
        int bang = text.lastIndexOf("!/");
        if (resource.getProtocol().equals("jar") && bang > 0) {
            String base = text.substring(0, bang + 2);
            String inner = base.substring("jar:".length(), bang);
            Path file = localFile(inner);
            roots.putIfAbsent(file == null ? base : keyOf(file), new JarRoot(base, found));
        }
    }

    /** Adds a class-path element given as a URL (a URLClassLoader's), if it is a jar. */
    private static void addClassPathElement(Map<String, JarRoot> roots, URL element) {
        Path file = element.getProtocol().equals("file") ? localFile(element.toString()) : null;
        if (file == null) {
            addJarRoot(roots, element, false);
        } else {
            addJarFile(roots, file, "jar:" + element + "!/");
        }
    }

    /**
     * Adds a local file of the class path, unless it is a root already (cheap: no file system access
     * for the jars found through their manifests) or not a jar (a folder lists through getResources).
     */
    private static void addJarFile(Map<String, JarRoot> roots, Path file, String base) {
        if (roots.containsKey(keyOf(file))) {
            return;
        }
        try {
            // the application class loader opens java.class.path through canonical paths
            if (roots.containsKey(file.toFile().getCanonicalPath()) || !Files.isRegularFile(file)) {
                return;
            }
        } catch (IOException | SecurityException e) {
            return;
        }
        // spelt as the class loaders spell a local jar (file:/a.jar, not file:///a.jar), for messages
        roots.put(keyOf(file), new JarRoot(base != null ? base : "jar:" + file.toFile().toURI() + "!/", false));
    }

    /** The local file a {@code file:} URL names, or null for anything else (a jar inside a jar, say). */
    static Path localFile(String url) {
        if (url.startsWith("file:") && !url.contains("!/")) {
            try {
                return Path.of(new URI(url));
            } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
                // not a plain file URL
            }
        }
        return null;
    }

    /** One key per jar file however its URL is spelt; no file system access. */
    private static String keyOf(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** Reads the registry entry files of one jar, both directions, opening the jar once. */
    private static List<EntryFile> read(JarRoot root) throws IOException {
        Path file = localFile(root.base().substring("jar:".length(), root.base().length() - "!/".length()));
        try {
            if (file != null) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    return entryFiles(zip, root.base());
                }
            }
            // a jar inside another archive (e.g. a nested jar of a Spring Boot application): the URL
            // handler of its scheme opens it; the JarFile is cached by the JDK and shared, so not closed
            URLConnection connection = new URL(root.base()).openConnection();
            return entryFiles(((JarURLConnection) connection).getJarFile(), root.base());
        } catch (IOException | ClassCastException e) {
            if (root.found()) {
                throw e instanceof IOException io ? io : new IOException("Cannot open " + root.base(), e);
            }
            log().log(System.Logger.Level.DEBUG, "Skipping {0} while listing driverkit entries: {1}", root.base(), e);
            return List.of();
        }
    }

    private static List<EntryFile> entryFiles(ZipFile zip, String base) throws IOException {
        List<EntryFile> files = new ArrayList<>(0);
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!name.startsWith(RegistryFormat.ROOT) || !name.endsWith(RegistryFormat.SUFFIX)) {
                continue;
            }
            for (Direction direction : Direction.values()) {
                String prefix = RegistryFormat.folder(direction) + "/";
                if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.add(new EntryFile(direction, new URL(base + name), in.readAllBytes()));
                    }
                }
            }
        }
        files.sort(Comparator.comparing(file -> file.url().toString()));
        return files;
    }
}
