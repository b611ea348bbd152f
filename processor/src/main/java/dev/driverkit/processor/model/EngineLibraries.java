package dev.driverkit.processor.model;

import dev.driverkit.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The engine libraries driverkit is built and tested with, as a Maven dependency to paste: the runtime
 * records their versions at build time ({@code engine-libraries.properties}, filtered by Maven).
 */
public final class EngineLibraries {
    private static final Properties VERSIONS = load();

    private EngineLibraries() {}

    /** The {@code <dependency>} block for the engine's library, scope provided, indented for a message. */
    public static String dependency(Engine engine) {
        String[] coordinates = engine.libraryArtifact().split(":");
        String version = VERSIONS.getProperty(engine.name().toLowerCase(java.util.Locale.ROOT) + ".version");
        return "    <dependency>\n"
                + "      <groupId>" + coordinates[0] + "</groupId>\n"
                + "      <artifactId>" + coordinates[1] + "</artifactId>\n"
                + (version == null ? "" : "      <version>" + version + "</version>\n")
                + "      <scope>provided</scope>\n"
                + "    </dependency>";
    }

    private static Properties load() {
        Properties versions = new Properties();
        try (InputStream in = Engine.class.getResourceAsStream("engine-libraries.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }
}
