package dev.driverkit.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds class-path roots holding registry entries at test time: folders, jars written the way the
 * {@code jar} tool writes them (with directory entries) and jars written without directory entries.
 */
final class RegistryFixtures {
    static final String CSV_CLASS = "dev.driverkit.testdrivers.CsvTestSource";
    static final String HTTP_CLASS = "dev.driverkit.testdrivers.HttpTestSource";
    static final String NO_CODEC_CLASS = "dev.driverkit.testdrivers.NoCodecSource";

    private RegistryFixtures() {}

    /** The text of an entry as driverkit-processor writes it; {@code flags} are "name=value" lines. */
    static String entry(String kind, String className, String engines, String... flags) {
        StringBuilder text = new StringBuilder()
                .append("# driverkit registry entry for ").append(className).append('\n')
                .append("format=1\n")
                .append("kind=").append(kind).append('\n')
                .append("class=").append(className).append('\n')
                .append("codec=").append(RegistryFormat.codecClassName(className)).append('\n')
                .append("engines=").append(engines).append('\n');
        for (String flag : flags) {
            text.append(flag).append('\n');
        }
        return text.toString();
    }

    /** The resources of one class-path root, by resource name. */
    static final class Root {
        final Map<String, String> files = new LinkedHashMap<>();

        Root source(String kind, String className, String engines, String... flags) {
            return file(RegistryFormat.entryPath(Direction.SOURCE, kind), entry(kind, className, engines, flags));
        }

        Root target(String kind, String className, String engines, String... flags) {
            return file(RegistryFormat.entryPath(Direction.TARGET, kind), entry(kind, className, engines, flags));
        }

        Root file(String resourceName, String text) {
            files.put(resourceName, text);
            return this;
        }

        /** Writes this root as a folder {@code dir}; returns it. */
        Path folder(Path dir) {
            try {
                Files.createDirectories(dir);
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Path path = dir.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return dir;
        }

        /** Writes this root as a jar with directory entries, as the jar tool and maven-jar-plugin do. */
        Path jar(Path file) {
            return writeJar(file, true);
        }

        /** Writes this root as a jar that has file entries only (no directory entries such as "driverkit/registry/"). */
        Path jarWithoutDirectoryEntries(Path file) {
            return writeJar(file, false);
        }

        private Path writeJar(Path file, boolean directoryEntries) {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            try {
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
                    if (directoryEntries) {
                        jar.putNextEntry(new JarEntry("META-INF/"));
                        jar.closeEntry();
                    }
                    jar.putNextEntry(new JarEntry(JarFile.MANIFEST_NAME));
                    manifest.write(jar);
                    jar.closeEntry();
                    Set<String> written = new LinkedHashSet<>(List.of("META-INF/"));
                    for (Map.Entry<String, String> entry : files.entrySet()) {
                        if (directoryEntries) {
                            for (String folder : foldersOf(entry.getKey())) {
                                if (written.add(folder)) {
                                    jar.putNextEntry(new JarEntry(folder));
                                    jar.closeEntry();
                                }
                            }
                        }
                        jar.putNextEntry(new JarEntry(entry.getKey()));
                        jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                        jar.closeEntry();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }

        private static List<String> foldersOf(String resourceName) {
            List<String> folders = new ArrayList<>();
            for (int slash = resourceName.indexOf('/'); slash > 0; slash = resourceName.indexOf('/', slash + 1)) {
                folders.add(resourceName.substring(0, slash + 1));
            }
            return folders;
        }
    }

    static Root root() {
        return new Root();
    }

    /** The names of the entries of a jar, in order. */
    static List<String> jarEntryNames(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
        }
    }

    /** A class loader over {@code roots} (folders or jars) whose parent sees the test classes. */
    static RecordingLoader loader(Path... roots) {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            try {
                urls[i] = roots[i].toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return new RecordingLoader(urls, RegistryFixtures.class.getClassLoader());
    }

    /** The origin DriverInfo reports for a folder root: its path with a trailing slash. */
    static String folderOrigin(Path dir) {
        return dir.toAbsolutePath() + "/";
    }

    /** The origin DriverInfo reports for a jar root: the jar's path. */
    static String jarOrigin(Path jar) {
        return jar.toAbsolutePath().toString();
    }

    /** A URLClassLoader that records every class name it is asked to load, and every resource name. */
    static final class RecordingLoader extends URLClassLoader {
        private final List<String> requested = Collections.synchronizedList(new ArrayList<>());
        private final List<String> resources = Collections.synchronizedList(new ArrayList<>());

        RecordingLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public java.util.Enumeration<URL> getResources(String name) throws IOException {
            resources.add(name);
            return super.getResources(name);
        }

        List<String> requested() {
            synchronized (requested) {
                return List.copyOf(requested);
            }
        }

        /** The names passed to {@link #getResources}, in order. */
        List<String> resourceRequests() {
            synchronized (resources) {
                return List.copyOf(resources);
            }
        }
    }
}
