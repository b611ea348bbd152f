// case: another processor generates the driver class itself in round 2; driverkit checks and registers it then
// expect: clean
// generates: corpus.GeneratedDriver
package corpus;

import dev.driverkit.processor.corpus.DeferredSource;

@DeferredSource(name = "corpus.GeneratedDriver", code = "package corpus;\n"
        + "@dev.driverkit.SourceDriver(kind = \"generated\", supports = dev.driverkit.Engine.STOREY)\n"
        + "public class GeneratedDriver extends dev.driverkit.BaseSourceDriver {\n"
        + "    public java.util.concurrent.Flow.Publisher<dev.driverkit.engine.Event> toStep("
        + "dev.driverkit.engine.StepRequest request) { return null; }\n"
        + "}\n")
public class DeferredDriverItself {
}
