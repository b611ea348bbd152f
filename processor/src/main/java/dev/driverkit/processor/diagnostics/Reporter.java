package dev.driverkit.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Prints coded diagnostics on the most precise element available and counts errors, so one compile
 * shows every mistake of a driver and the processor knows whether to generate for it.
 */
public final class Reporter {
    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Where a diagnostic points: an element, optionally narrowed to an annotation and one of its values. */
    public record Location(Element element, AnnotationMirror annotation, AnnotationValue value) {
        public static Location of(Element element) {
            return new Location(element, null, null);
        }
    }

    /** Reports on a location; the arguments fill the problem template, then the fix template. */
    public void report(Diagnostic diagnostic, Location at, Object... args) {
        if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
        String message = diagnostic.format(args);
        if (at.annotation() == null) {
            messager.printMessage(diagnostic.kind(), message, at.element());
        } else if (at.value() == null) {
            messager.printMessage(diagnostic.kind(), message, at.element(), at.annotation());
        } else {
            messager.printMessage(diagnostic.kind(), message, at.element(), at.annotation(), at.value());
        }
    }

    /** Reports a diagnostic about the compilation as a whole, on no element. */
    public void reportGlobal(Diagnostic diagnostic, Object... args) {
        if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
        messager.printMessage(diagnostic.kind(), diagnostic.format(args));
    }

    /** The number of errors reported so far. */
    public int errorCount() {
        return errors;
    }
}
