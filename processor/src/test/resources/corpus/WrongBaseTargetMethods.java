// case: DK010 alone for a target (base class and methods) annotated @SourceDriver: no DK022 or DK027 per method
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "csv", supports = Engine.STOREY)
public class WrongBaseTargetMethods extends BaseStoreTarget { // expect: DK010
    public boolean isSingleFile() {
        return true;
    }

    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
        return null;
    }
}
