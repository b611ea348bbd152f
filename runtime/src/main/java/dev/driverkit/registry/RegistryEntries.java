package dev.driverkit.registry;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads generated registry entries from a class loader: one kind's entries, or all of a direction's.
 *
 * <p>A lookup by kind asks the loader for that kind's entry file, which works for every root. Listing
 * cannot name the files, so it finds the roots that hold entries: folders and jars that
 * {@code getResources(folder)} yields (a jar yields only if it has a directory entry for the folder),
 * plus every other jar the loader sees (found through {@code META-INF/MANIFEST.MF}, the URLs of
 * {@link URLClassLoader}s in the chain and {@code java.class.path} when the application class loader is
 * in the chain), so that jars written without directory entries are listed too. Each jar is opened once
 * per instance and read for both directions; what it holds is remembered.
 */
final class RegistryEntries {
    /** Looked up when needed: starting the logging system slows a cold lookup by kind. */
    private static System.Logger log() {
        return System.getLogger("dev.driverkit.registry");
    }
    private static final String MANIFEST = JarFile.MANIFEST_NAME;
    private static final String APP_LOADER = "jdk.internal.loader.ClassLoaders$AppClassLoader";

    private final ClassLoader loader;
    /** The registry entry files of each jar read so far, by the jar's key ({@link #keyOf}): none is read twice. */
    private final Map<String, List<JarEntryFile>> jarContents = new HashMap<>();

    RegistryEntries(ClassLoader loader) {
        this.loader = loader;
    }

    /** Entries read by kind, per direction: a kind's files are read once per registry. */
    private final Map<String, List<DriverInfo>> sourcesByKind = new ConcurrentHashMap<>();
    private final Map<String, List<DriverInfo>> targetsByKind = new ConcurrentHashMap<>();

    /** Every entry for {@code kind}: one file name per kind, so this reads only that kind's files, once. */
    List<DriverInfo> forKind(Direction direction, String kind) {
        Map<String, List<DriverInfo>> read = direction == Direction.SOURCE ? sourcesByKind : targetsByKind;
        List<DriverInfo> entries = read.get(kind);
        if (entries == null) { // get and put, not computeIfAbsent with a lambda: a first lookup's cost
            entries = List.copyOf(readKind(direction, kind));
            List<DriverInfo> raced = read.putIfAbsent(kind, entries);
            entries = raced != null ? raced : entries;
        }
        return entries;
    }

    private List<DriverInfo> readKind(Direction direction, String kind) {
        List<DriverInfo> entries = new ArrayList<>(1);
        try {
            String path = RegistryFormat.entryPath(direction, kind);
            Enumeration<URL> urls = loader.getResources(path);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                DriverInfo info = parse(direction, url, path);
                if (info.kind().equals(kind)) {
                    entries.add(info);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read driverkit registry entries for kind '" + kind + "'", e);
        }
        return entries;
    }

    /**
     * Every entry of a direction, from every class-path root that holds some. Entries of one kind
     * from several roots come in class-path order, the order a lookup by kind sees them in.
     */
    List<DriverInfo> all(Direction direction) {
        String folder = RegistryFormat.folder(direction);
        List<DriverInfo> entries = new ArrayList<>();
        try {
            for (URL entry : folderEntries(direction)) {
                entries.add(parse(direction, entry));
            }
            for (JarEntryFile file : jarEntries()) {
                if (file.direction() == direction) {
                    entries.add(parse(direction, file.url(), new ByteArrayInputStream(file.content())));
                }
            }
            return inClassPathOrder(direction, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list driverkit registry entries in " + folder, e);
        }
    }

    // ---- folder roots ----

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
                    // read with the other jars, once for both directions (see jarEntries)
                }
                default -> log().log(System.Logger.Level.WARNING,
                        "Cannot list driverkit entries under {0}: unsupported URL scheme. Lookups by kind still work.",
                        folderUrl);
            }
        }
        return entries;
    }

    // ---- jar roots ----

    /** A registry entry file found in a jar root, with its content. */
    private record JarEntryFile(Direction direction, URL url, byte[] content) {}

    /**
     * A jar the loader sees: its {@code jar:...!/} base URL, and whether {@code getResources(folder)}
     * found a registry folder in it (then failing to read it is an error; other jars are skipped).
     */
    private record JarRoot(String base, boolean found) {}

    /** The entry files of every jar root the loader sees, both directions; each jar is read once. */
    private synchronized List<JarEntryFile> jarEntries() throws IOException {
        List<JarEntryFile> files = new ArrayList<>();
        for (Map.Entry<String, JarRoot> root : jarRoots().entrySet()) {
            List<JarEntryFile> contents = jarContents.get(root.getKey());
            if (contents == null) {
                contents = read(root.getValue());
                jarContents.put(root.getKey(), contents);
            }
            files.addAll(contents);
        }
        return files;
    }

    /**
     * Every jar root the loader sees, by key, without duplicates: first those that hold a registry
     * folder entry (as before), then the others, which {@code getResources(folder)} cannot find.
     */
    private Map<String, JarRoot> jarRoots() throws IOException {
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
    private static Path localFile(String url) {
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
    private static List<JarEntryFile> read(JarRoot root) throws IOException {
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

    private static List<JarEntryFile> entryFiles(ZipFile zip, String base) throws IOException {
        List<JarEntryFile> files = new ArrayList<>(0);
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
                        files.add(new JarEntryFile(direction, new URL(base + name), in.readAllBytes()));
                    }
                }
            }
        }
        files.sort(Comparator.comparing(file -> file.url().toString()));
        return files;
    }

    // ---- order ----

    /**
     * Puts the entries of a kind that several roots register in the order a lookup by kind finds them
     * (class-path order), so listing and lookup agree on which root comes first.
     */
    private List<DriverInfo> inClassPathOrder(Direction direction, List<DriverInfo> entries) throws IOException {
        Map<String, List<DriverInfo>> byKind = new LinkedHashMap<>();
        for (DriverInfo entry : entries) {
            byKind.computeIfAbsent(entry.kind(), k -> new ArrayList<>(1)).add(entry);
        }
        if (byKind.size() == entries.size()) {
            return entries;
        }
        List<DriverInfo> ordered = new ArrayList<>(entries.size());
        for (Map.Entry<String, List<DriverInfo>> kind : byKind.entrySet()) {
            List<DriverInfo> candidates = kind.getValue();
            if (candidates.size() > 1) {
                List<String> origins = new ArrayList<>();
                String entryPath = RegistryFormat.entryPath(direction, kind.getKey());
                for (URL url : Collections.list(loader.getResources(entryPath))) {
                    origins.add(originOf(url));
                }
                candidates.sort(Comparator.comparingInt(info -> {
                    int index = origins.indexOf(info.origin());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }));
            }
            ordered.addAll(candidates);
        }
        return ordered;
    }

    // ---- parsing ----

    /**
     * Reads the entry {@code path} that {@code url} locates. From a local jar it is read with a
     * {@link ZipFile}: on a cold start that costs about half of what a {@code JarURLConnection} does
     * (its classes, a second {@code JarFile}). Either way the jar is opened anew and closed (nothing
     * cached stays open), and the JDK shares the jar's central directory with the class loader's copy.
     */
    private static DriverInfo parse(Direction direction, URL url, String path) throws IOException {
        String text = url.toString();
        String inJar = "!/" + path;
        Path jar = text.startsWith("jar:") && text.endsWith(inJar)
                ? localFile(text.substring("jar:".length(), text.length() - inJar.length())) : null;
        if (jar != null) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(path);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        return parse(direction, url, in);
                    }
                }
            }
        }
        return parse(direction, url);
    }

    private static DriverInfo parse(Direction direction, URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream()) {
            return parse(direction, url, in);
        }
    }

    private static DriverInfo parse(Direction direction, URL url, InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        String format = properties.getProperty(RegistryFormat.KEY_FORMAT, "1");
        if (!format.equals(String.valueOf(RegistryFormat.FORMAT_VERSION))) {
            throw new DriverLookupException(kindOf(properties, url), "Registry entry " + url + " has format " + format
                    + "; this driverkit-runtime reads format " + RegistryFormat.FORMAT_VERSION
                    + ". Use the driverkit-runtime version the driver was compiled against.");
        }
        String kind = required(properties, RegistryFormat.KEY_KIND, url);
        Set<Engine> engines = EnumSet.noneOf(Engine.class);
        for (String engine : required(properties, RegistryFormat.KEY_ENGINES, url).split(",")) {
            if (!engine.isBlank()) {
                String name = engine.trim().toUpperCase(Locale.ROOT);
                try {
                    engines.add(Engine.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    throw new DriverLookupException(kind, "Registry entry " + url + " names engine '" + engine.trim()
                            + "', which this driverkit-runtime does not know (it knows "
                            + Arrays.stream(Engine.values()).map(Engine::name).collect(Collectors.joining(", "))
                            + "). Use the driverkit-runtime version the driver was compiled against.", unknown);
                }
            }
        }
        Set<DriverFlag> flags = EnumSet.noneOf(DriverFlag.class);
        for (String key : properties.stringPropertyNames()) {
            DriverFlag flag = DriverFlag.ofKey(key);
            if (flag != null && Boolean.parseBoolean(properties.getProperty(key))) {
                flags.add(flag); // a flag this runtime does not know is ignored: newer entries stay readable
            }
        }
        return new DriverInfo(direction, kind, required(properties, RegistryFormat.KEY_CLASS, url),
                required(properties, RegistryFormat.KEY_CODEC, url), engines, flags, originOf(url));
    }

    private static String required(Properties properties, String key, URL url) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new DriverLookupException(kindOf(properties, url), "Registry entry " + url + " has no '" + key
                    + "'; it was not written by driverkit-processor or was edited by hand. Rebuild the driver.");
        }
        return value.trim();
    }

    /** The kind an entry names, or, when it names none, the kind its file name stands for. */
    private static String kindOf(Properties properties, URL url) {
        String kind = properties.getProperty(RegistryFormat.KEY_KIND);
        if (kind != null && !kind.isBlank()) {
            return kind.trim();
        }
        String path = url.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (file.endsWith(RegistryFormat.SUFFIX)) {
            file = file.substring(0, file.length() - RegistryFormat.SUFFIX.length());
        }
        // undo RegistryFormat.fileName: ".x" stands for "X"
        StringBuilder decoded = new StringBuilder(file.length());
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (c == '.' && i + 1 < file.length()) {
                decoded.append(Character.toUpperCase(file.charAt(++i)));
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    /** The jar or folder an entry came from, as a readable path ({@code /my drivers/a.jar}, not {@code %20}). */
    static String originOf(URL url) {
        String text = url.toString();
        int bang = text.indexOf("!/");
        if (text.startsWith("jar:") && bang > 0) {
            return readablePath(text.substring("jar:".length(), bang));
        }
        // the last occurrence: the folder's own path may contain the entry root's name
        int root = text.lastIndexOf(RegistryFormat.ROOT);
        return readablePath(root > 0 ? text.substring(0, root) : text);
    }

    private static String readablePath(String location) {
        if (location.startsWith("file:")) {
            try {
                String path = Path.of(new URI(location)).toString();
                return location.endsWith("/") && !path.endsWith(File.separator) ? path + File.separator : path;
            } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
                // not a plain file URI: show it without the scheme, as it is
            }
        }
        return location.replaceFirst("^file:", "");
    }
}
