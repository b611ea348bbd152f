// case: DK023, the right name and parameters, a raw return type. ECJ's Types.isSubtype accepts the raw type
// (as an unchecked conversion), so on ECJ the driver passes and is generated, with an unchecked warning in its adapter
// expect[ecj]: clean
// generates[ecj]: corpus.MethodWrongReturn
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "rawreturn", supports = Engine.STOREY)
public class MethodWrongReturn extends BaseSourceDriver {
    @SuppressWarnings("rawtypes")
    public Flow.Publisher toStep(StepRequest request) { // expect[javac]: DK023
        return null;
    }
}
