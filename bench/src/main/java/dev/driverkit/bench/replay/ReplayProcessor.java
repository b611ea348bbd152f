package dev.driverkit.bench.replay;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The control of measure 1, variant (a0): a processor that does nothing but write, through javac's Filer and
 * with each driver as the originating element, exactly the files driverkit's processor generated for it
 * (read from a reference build). (a0) against (b) is what generating those files by annotation processing
 * costs in javac itself (the Filer, the extra rounds that re-enter every compilation unit, parsing and
 * compiling the generated sources); (a) against (a0) is driverkit's own work (models, rules, JavaPoet).
 *
 * <p>Options: {@code -Areplay.sources=<folder of generated .java>}, {@code -Areplay.resources=<folder of
 * generated resources>}. Only for the benchmark; never on a real processor path.
 */
public final class ReplayProcessor extends AbstractProcessor {
    private static final Set<String> DRIVER_ANNOTATIONS = Set.of("dev.driverkit.SourceDriver", "dev.driverkit.TargetDriver");

    /** Generated sources by the driver they belong to: "bench.corpus.p00.Driver0001" -> its _SpecCodec, ... */
    private final Map<String, List<Path>> sources = new HashMap<>();
    /** Generated resources by the kind their file is named after: "kind0001" -> registry entry, schema, ... */
    private final Map<String, List<Path>> resources = new HashMap<>();
    private Path sourceRoot;
    private Path resourceRoot;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        sourceRoot = Path.of(environment.getOptions().get("replay.sources"));
        resourceRoot = Path.of(environment.getOptions().get("replay.resources"));
        for (Path file : files(sourceRoot)) {
            String relative = sourceRoot.relativize(file).toString().replace('\\', '/');
            String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
            String driver = className.substring(0, className.lastIndexOf('_'));
            sources.computeIfAbsent(driver, d -> new ArrayList<>()).add(file);
        }
        for (Path file : files(resourceRoot)) {
            String name = file.getFileName().toString();
            resources.computeIfAbsent(name.substring(0, name.indexOf('.')), k -> new ArrayList<>()).add(file);
        }
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return DRIVER_ANNOTATIONS;
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of("replay.sources", "replay.resources");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                TypeElement driver = (TypeElement) element;
                try {
                    for (Path source : sources.getOrDefault(driver.getQualifiedName().toString(), List.of())) {
                        String relative = sourceRoot.relativize(source).toString().replace('\\', '/');
                        String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
                        try (Writer out = processingEnv.getFiler().createSourceFile(className, driver).openWriter()) {
                            out.write(Files.readString(source, StandardCharsets.UTF_8));
                        }
                    }
                    for (Path resource : resources.getOrDefault(kind(driver, annotation), List.of())) {
                        String relative = resourceRoot.relativize(resource).toString().replace('\\', '/');
                        try (OutputStream out = processingEnv.getFiler()
                                .createResource(StandardLocation.CLASS_OUTPUT, "", relative, driver).openOutputStream()) {
                            out.write(Files.readAllBytes(resource));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return true;
    }

    private static String kind(TypeElement driver, TypeElement annotation) {
        for (AnnotationMirror mirror : driver.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().equals(annotation)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value : mirror.getElementValues().entrySet()) {
                    if (value.getKey().getSimpleName().contentEquals("kind")) {
                        return String.valueOf(value.getValue().getValue());
                    }
                }
            }
        }
        throw new IllegalStateException("no kind on " + driver);
    }
}
