package dev.driverkit.examples.demo;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The demo's first stage: a draft driver compiled with javac and driverkit's processor, as its author
 * would, and what javac prints. The draft ships in the examples jar ({@code demo/OrdersSource.java.txt});
 * the processor's jar is named by the system property {@code driverkit.processor.jar}.
 */
final class DraftDriver {
    static final String RESOURCE = "/demo/OrdersSource.java.txt";

    private DraftDriver() {}

    /** javac's output, or null (said why on stdout) when there is no compiler or no processor jar. */
    static String compile(Path folder) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String processor = System.getProperty("driverkit.processor.jar");
        if (javac == null || processor == null || !Files.isRegularFile(Path.of(processor))) {
            System.out.println("  (skipped: " + (javac == null ? "this JVM has no javac" : "no driverkit.processor.jar")
                    + "; run the demo with mvn -Pdemo to see it)");
            return null;
        }
        Path sources = folder.resolve("draft/com/acme");
        Files.createDirectories(sources);
        Path draft = sources.resolve("OrdersSource.java");
        try (InputStream in = DraftDriver.class.getResourceAsStream(RESOURCE)) {
            Files.write(draft, in.readAllBytes());
        }
        String classPath = System.getProperty("java.class.path");
        List<String> arguments = List.of("-d", folder.resolve("draft/classes").toString(), "-Xlint:all",
                "-processorpath", processor + File.pathSeparator + classPath, "-cp", classPath, draft.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            javac.run(null, print, print, arguments.toArray(String[]::new));
        }
        return out.toString(StandardCharsets.UTF_8).replace(sources + File.separator, "");
    }
}
