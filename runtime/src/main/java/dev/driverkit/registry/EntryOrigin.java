package dev.driverkit.registry;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;

/** The jar or folder an entry came from, as people read paths: {@code /my drivers/a.jar}, not {@code %20}. */
final class EntryOrigin {
    private EntryOrigin() {}

    /** The origin of the entry at {@code url}: its jar, or the class-path folder that holds it. */
    static String of(URL url) {
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
