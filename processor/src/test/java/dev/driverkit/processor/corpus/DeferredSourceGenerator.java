package dev.driverkit.processor.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates the classes that {@link DeferredSource} asks for, each in its round, as another processor
 * (Immutables, AutoValue, a code generator) would. Until the last one is written it generates an empty
 * filler class per round, so that javac and ECJ run the rounds in between.
 */
public final class DeferredSourceGenerator extends AbstractProcessor {
    private record Pending(String name, String code, int round) {}

    private final List<Pending> pending = new ArrayList<>();
    private int round;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(DeferredSource.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
        round++;
        for (Element element : environment.getElementsAnnotatedWith(DeferredSource.class)) {
            DeferredSource request = element.getAnnotation(DeferredSource.class);
            pending.add(new Pending(request.name(), request.code(), request.round()));
        }
        List<Pending> due = pending.stream().filter(p -> p.round() <= round).toList();
        pending.removeAll(due);
        for (Pending p : due) {
            write(p.name(), p.code());
        }
        if (!pending.isEmpty()) {
            write("corpus.generated.Filler" + round, "package corpus.generated;\nclass Filler" + round + " {}\n");
        }
        return true;
    }

    private void write(String name, String code) {
        try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
            out.write(code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
