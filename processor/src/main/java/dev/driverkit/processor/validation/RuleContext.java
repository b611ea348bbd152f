package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.EngineContract;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What rules need: the type utilities, the reporter and the engine contract. */
public record RuleContext(Elements elements, Types types, Reporter reporter, EngineContract.OfClassPath contractOfClassPath) {
    /** The engine roles of the runtime on the compile class path. */
    public EngineContract contract() {
        return contractOfClassPath.get();
    }

    /** Reports on an element; the arguments fill the problem template, then the fix template. */
    public void report(Diagnostic diagnostic, Element element, Object... args) {
        reporter.report(diagnostic, Location.of(element), args);
    }

    /** Reports on a location; the arguments fill the problem template, then the fix template. */
    public void report(Diagnostic diagnostic, Location at, Object... args) {
        reporter.report(diagnostic, at, args);
    }
}
