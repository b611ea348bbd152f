package dev.driverkit.registry;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one registry entry file into a {@link DriverInfo}, checking what a hand-edited or foreign entry
 * may get wrong: its format version, the keys it must have, the engines it names.
 */
final class EntryParser {

    private EntryParser() {}

    static DriverInfo parse(EntryFile file) throws IOException {
        URL url = file.url();
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(file.content()));
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
        return new DriverInfo(file.direction(), kind, required(properties, RegistryFormat.KEY_CLASS, url),
                required(properties, RegistryFormat.KEY_CODEC, url), engines, flags, EntryOrigin.of(url));
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
}
