// case: a @Spec default that is no valid int: the compiler's error only (on ECJ, reading the default for the schema
// must not hide it). javac stops before processing on this error; ECJ runs the processor, which finds the
// driver valid and generates its files (the build fails on ECJ's error all the same)
// generates[ecj]: corpus.SpecDefaultOutOfRange
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "outofrange", supports = Engine.STOREY)
public class SpecDefaultOutOfRange extends BaseSourceDriver {
    @Spec int batch = 99999999999; // expect: error

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
