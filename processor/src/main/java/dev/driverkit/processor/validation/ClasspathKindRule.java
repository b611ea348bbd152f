package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.DriverModelReader;
import dev.driverkit.processor.model.Names;
import dev.driverkit.processor.model.SourceFiles;
import dev.driverkit.registry.Direction;
import dev.driverkit.registry.RegistryFormat;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Properties;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The kind is not already registered by a driver in a jar on the compile class path (DK004). The
 * module's own previous output (also on the class path in incremental builds) is a clash only where
 * another driver, not recompiled now, still declares the kind.
 */
public final class ClasspathKindRule implements DriverRule {
    private final Filer filer;
    private final SourceFiles files;

    public ClasspathKindRule(Filer filer, SourceFiles files) {
        this.filer = filer;
        this.files = files;
    }

    @Override
    public void check(DriverModel driver, RuleContext context) {
        if (!KindRule.isValid(driver.kind())) {
            return; // KindRule reports it; a malformed kind is not a valid resource name either
        }
        String path = RegistryFormat.entryPath(driver.direction(), driver.kind());
        Properties entry = new Properties();
        URI location;
        try {
            FileObject existing = filer.getResource(StandardLocation.CLASS_PATH, "", path);
            location = existing.toUri();
            try (InputStream in = existing.openInputStream()) {
                entry.load(in);
            }
        } catch (IOException | RuntimeException notThere) {
            // javac wraps file manager failures in its own unchecked exception: treat as "no entry"
            return;
        }
        String owner = entry.getProperty(RegistryFormat.KEY_CLASS, "");
        String self = context.elements().getBinaryName(driver.type()).toString();
        if (owner.isEmpty() || owner.equals(self) || isOwnOutput(location, path) && !stillDeclares(owner, driver, context)) {
            return;
        }
        context.report(Diagnostic.KIND_DUPLICATE_ON_CLASSPATH,
                new Location(driver.type(), driver.annotation(), driver.kindValue()),
                driver.direction().noun(), driver.kind(), owner, origin(location));
    }

    /** Whether an entry for the kind is on the compile class path (this module's earlier output included). */
    public static boolean isRegistered(Filer filer, Direction direction, String kind) {
        if (!KindRule.isValid(kind)) {
            return false;
        }
        try (InputStream in = filer.getResource(StandardLocation.CLASS_PATH, "", RegistryFormat.entryPath(direction, kind))
                .openInputStream()) {
            return in != null;
        } catch (IOException | RuntimeException notThere) {
            return false;
        }
    }

    /**
     * Whether an entry in this module's own earlier output still stands: its driver was not recompiled
     * now (Gradle and IDEs recompile part of a module; a driver of this compilation is checked against the
     * others by DuplicateKinds) and its class still declares that kind. Otherwise the entry is stale.
     */
    private boolean stillDeclares(String owner, DriverModel driver, RuleContext context) {
        TypeElement type = context.elements().getTypeElement(owner.replace('$', '.'));
        if (type == null || files.isCompiledNow(type)) {
            return false;
        }
        return DriverModelReader.annotation(type, Names.annotation(driver.direction()))
                .flatMap(annotation -> annotation.getElementValues().entrySet().stream()
                        .filter(e -> e.getKey().getSimpleName().contentEquals("kind"))
                        .map(e -> e.getValue().getValue()).findFirst())
                .map(driver.kind()::equals).orElse(false);
    }

    private boolean isOwnOutput(URI found, String path) {
        try {
            return filer.getResource(StandardLocation.CLASS_OUTPUT, "", path).toUri().equals(found);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The jar or folder the entry came from, as a file path: javac names a jar entry
     * {@code jar:file:/libs/a.jar!/path}, ECJ {@code jar:/libs/a.jar!path}.
     */
    static String origin(URI location) {
        String text = location.toString();
        int bang = text.indexOf('!');
        String container = text.startsWith("jar:") && bang > 0 ? text.substring(4, bang) : text;
        if (!container.startsWith("file:")) {
            return container;
        }
        try {
            return java.nio.file.Path.of(URI.create(container)).toString();
        } catch (RuntimeException notAFile) {
            return container;
        }
    }
}
