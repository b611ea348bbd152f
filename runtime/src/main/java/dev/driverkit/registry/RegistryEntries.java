package dev.driverkit.registry;

import dev.driverkit.Engine;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads generated registry entries from a class loader: one kind's entries, or all of a direction's. */
final class RegistryEntries {
    private static final System.Logger LOG = System.getLogger("dev.driverkit.registry");
    private static final Set<String> NOT_FLAGS = Set.of(
            RegistryFormat.KEY_KIND, RegistryFormat.KEY_CLASS, RegistryFormat.KEY_CODEC,
            RegistryFormat.KEY_ENGINES, RegistryFormat.KEY_FORMAT);

    private final ClassLoader loader;

    RegistryEntries(ClassLoader loader) {
        this.loader = loader;
    }

    /** Every entry for {@code kind}: one file name per kind, so this reads only that kind's files. */
    List<DriverInfo> forKind(Direction direction, String kind) {
        List<DriverInfo> entries = new ArrayList<>(1);
        try {
            Enumeration<URL> urls = loader.getResources(RegistryFormat.entryPath(direction, kind));
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                DriverInfo info = parse(direction, url);
                if (info.kind().equals(kind)) {
                    entries.add(info);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read driverkit registry entries for kind '" + kind + "'", e);
        }
        return entries;
    }

    /** Every entry of a direction, from every class-path root that holds the direction's folder. */
    List<DriverInfo> all(Direction direction) {
        String folder = RegistryFormat.folder(direction);
        List<DriverInfo> entries = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                for (URL entry : entriesIn(roots.nextElement(), folder)) {
                    entries.add(parse(direction, entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list driverkit registry entries in " + folder, e);
        }
        return entries;
    }

    private static List<URL> entriesIn(URL folderUrl, String folder) throws IOException {
        List<URL> entries = new ArrayList<>();
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
                URLConnection connection = folderUrl.openConnection();
                JarFile jar = ((JarURLConnection) connection).getJarFile();
                String prefix = folder + "/";
                String jarUrl = folderUrl.toString();
                String base = jarUrl.substring(0, jarUrl.indexOf("!/") + 2);
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.endsWith(RegistryFormat.SUFFIX)
                            && name.indexOf('/', prefix.length()) < 0) {
                        entries.add(new URL(base + name));
                    }
                }
            }
            default -> LOG.log(System.Logger.Level.WARNING,
                    "Cannot list driverkit entries under {0}: unsupported URL scheme. Lookups by kind still work.",
                    folderUrl);
        }
        return entries;
    }

    private static DriverInfo parse(Direction direction, URL url) throws IOException {
        Properties properties = new Properties();
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream()) {
            properties.load(in);
        }
        String format = properties.getProperty(RegistryFormat.KEY_FORMAT, "1");
        if (!format.equals(String.valueOf(RegistryFormat.FORMAT_VERSION))) {
            throw new IllegalStateException("Registry entry " + url + " has format " + format
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
                    throw new IllegalStateException("Registry entry " + url + " names engine '" + engine.trim()
                            + "', which this driverkit-runtime does not know (it knows "
                            + Arrays.stream(Engine.values()).map(Engine::name).collect(Collectors.joining(", "))
                            + "). Use the driverkit-runtime version the driver was compiled against.", unknown);
                }
            }
        }
        Set<String> flags = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (!NOT_FLAGS.contains(key) && Boolean.parseBoolean(properties.getProperty(key))) {
                flags.add(key);
            }
        }
        return new DriverInfo(direction, kind, required(properties, RegistryFormat.KEY_CLASS, url),
                required(properties, RegistryFormat.KEY_CODEC, url), engines, flags, originOf(url));
    }

    private static String required(Properties properties, String key, URL url) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Registry entry " + url + " has no '" + key + "'; it was not written"
                    + " by driverkit-processor or was edited by hand. Rebuild the driver.");
        }
        return value.trim();
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
